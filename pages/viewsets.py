from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

import django_filters

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
        fields = ["conference"]


class ConferenceRegistrationViewSet(ModelViewSet):
    model = ConferenceRegistration
    icon = "calendar-check"
    menu_label = _("Event registrations")
    menu_order = 310
    add_to_admin_menu = True
    index_view_class = OrganisationScopedIndexView
    list_display = ["name", "email", "organisation_name", "conference", "created_at"]
    filterset_class = ConferenceRegistrationFilterSet
    list_export = ["name", "email", "organisation_name", "access_needs", "conference", "created_at"]
    search_fields = ["name", "email", "organisation_name"]
    form_fields = ["name", "email", "organisation_name", "access_needs"]
    inspect_view_enabled = True


network_membership_viewset = NetworkMembershipViewSet()
conference_registration_viewset = ConferenceRegistrationViewSet("event_registrations")
