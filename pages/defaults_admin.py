"""The admin of organisation defaults (one row per organisation, edited by its own editors
only) and the editor's choice of how to hear about new applications (account settings)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.views.account import BaseSettingsPanel, notifications_tab
from wagtail.admin.viewsets.model import ModelViewSet

from pages.models import EditorNotificationPreference, OrganisationDefaults
from pages.permissions import OrganisationScopedIndexView


class OrganisationDefaultsViewSet(ModelViewSet):
    model = OrganisationDefaults
    icon = "cog"
    menu_label = _("Organisation settings")
    menu_order = 305
    add_to_admin_menu = True
    # One row per organisation, made with its workspace: nobody adds or deletes one.
    add_view_enabled = False
    copy_view_enabled = False
    index_view_class = OrganisationScopedIndexView
    list_display = ["organisation", "notification_email", "retention_months"]
    panels = OrganisationDefaults.panels


class NotificationPreferenceForm(forms.ModelForm):
    class Meta:
        model = EditorNotificationPreference
        fields = ["frequency"]
        widgets = {"frequency": forms.RadioSelect}


class NotificationPreferencePanel(BaseSettingsPanel):
    name = "application_notifications"
    title = _("New applications")
    tab = notifications_tab
    order = 150
    form_class = NotificationPreferenceForm

    def get_form(self):
        instance, _created = EditorNotificationPreference.objects.get_or_create(user=self.user)
        data = self.request.POST if self.request.method == "POST" else None
        return self.form_class(data, instance=instance, prefix=self.name)


organisation_defaults_viewset = OrganisationDefaultsViewSet("organisation_settings")
