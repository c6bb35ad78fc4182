"""The per-organisation switch of the "Network review" (pages.moderation) in the admin:
network coordinators (who hold the workspace model's view/change permissions,
pages.joining.roles) and superusers list the organisations and mark a member trusted, or not.
Organisation editors hold neither permission, so they never see or reach it. A change goes
through set_trusted_member, which switches the workflows and writes Wagtail's log."""

from django.db.models import OuterRef, Subquery
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import BooleanColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale
from wagtail.permission_policies.base import ModelPermissionPolicy

from pages.models import OrganisationPage, OrganisationWorkspace
from pages.moderation import set_trusted_member


class TrustPermissionPolicy(ModelPermissionPolicy):
    """Workspaces are made with their organisation page and outlive nobody's click here."""

    def user_has_permission(self, user, action):
        if action in {"add", "delete"}:
            return False
        return super().user_has_permission(user, action)


def with_organisation_title(queryset):
    titles = OrganisationPage.objects.filter(translation_key=OuterRef("translation_key"))
    default = titles.filter(locale=Locale.get_default())
    return queryset.annotate(
        organisation_title=Subquery(default.values("title")[:1]),
    ).order_by("organisation_title", "pk")


class TrustIndexView(generic.IndexView):
    page_title = _("Trusted members")

    def get_base_queryset(self):
        return with_organisation_title(super().get_base_queryset())


class TrustEditView(generic.EditView):
    def get_page_subtitle(self):
        # The organisation's name, as the list shows it, not the workspace's group name.
        organisation = OrganisationPage.objects.filter(
            translation_key=self.object.translation_key
        ).first()
        return organisation.title if organisation is not None else super().get_page_subtitle()

    def save_instance(self):
        set_trusted_member(
            workspace=self.object,
            trusted=self.form.cleaned_data["trusted_member"],
            user=self.request.user,
        )
        self.object.refresh_from_db()
        return self.object


class TrustedMemberViewSet(ModelViewSet):
    model = OrganisationWorkspace
    icon = "tick-inverse"
    menu_label = _("Trusted members")
    menu_order = 292
    add_to_admin_menu = True
    index_view_class = TrustIndexView
    edit_view_class = TrustEditView
    list_display = [
        # Each name opens its switch.
        TitleColumn("organisation_title", label=_("Organisation"), url_name="trusted_members:edit"),
        BooleanColumn("trusted_member", label=_("Trusted member")),
    ]
    list_filter = ["trusted_member"]
    form_fields = ["trusted_member"]
    copy_view_enabled = False


trusted_member_viewset = TrustedMemberViewSet("trusted_members")
