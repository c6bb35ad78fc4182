from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

import django_filters

from pages.check_in_views import check_in_list
from pages.models import ConferencePage, ConferenceRegistration, NetworkMembership
from pages.permissions import OrganisationScopedIndexView, own_pages_choices


class NetworkMembershipViewSet(SnippetViewSet):
    model = NetworkMembership
    icon = "globe"
    menu_label = _("Networks")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "acronym", "scope", "website"]
    list_filter = ["scope"]
    search_fields = ["name", "acronym"]


class ConferenceRegistrationFilterSet(WagtailFilterSet):
    # The event list is limited to the editor's organisations, like the registrations.
    conference = django_filters.ModelChoiceFilter(
        queryset=own_pages_choices(ConferencePage, order_by="-start_at"), label=_("Event")
    )

    class Meta:
        model = ConferenceRegistration
        fields = ["conference", "status"]


class ConferenceRegistrationIndexView(OrganisationScopedIndexView):
    def get_list_more_buttons(self, instance):
        return [
            MenuItem(
                _("Check-in list of the event"),
                url=reverse("event_registrations:check_in", args=[instance.conference_id]),
                icon_name="tick",
                priority=5,
            ),
            *super().get_list_more_buttons(instance),
        ]


class ConferenceRegistrationViewSet(ModelViewSet):
    model = ConferenceRegistration
    icon = "calendar-check"
    menu_label = _("Event registrations")
    menu_order = 310
    add_to_admin_menu = True
    index_view_class = ConferenceRegistrationIndexView
    list_display = ["name", "email", "organisation_name", "conference", "status", "created_at"]
    filterset_class = ConferenceRegistrationFilterSet
    list_export = [
        "name",
        "email",
        "organisation_name",
        "access_needs",
        "conference",
        "get_status_display",
        "created_at",
        "checked_in_at",
    ]
    # The label in the editor's language, not the stored code.
    export_headings = {"get_status_display": _("Status")}
    search_fields = ["name", "email", "organisation_name"]
    form_fields = ["name", "email", "organisation_name", "access_needs"]
    inspect_view_enabled = True

    def check_in(self, request, conference_pk):
        return check_in_list(
            request, conference_pk, policy=self.permission_policy, url_name=f"{self.name}:check_in"
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("check-in/<int:conference_pk>/", self.check_in, name="check_in"),
        ]


network_membership_viewset = NetworkMembershipViewSet()
conference_registration_viewset = ConferenceRegistrationViewSet("event_registrations")
