from django.utils.translation import gettext_lazy as _

from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from pages.models import ConferenceRegistration, NetworkMembership
from pages.permissions import OrganisationScopedIndexView


class NetworkMembershipViewSet(SnippetViewSet):
    model = NetworkMembership
    icon = "globe"
    menu_label = _("Networks")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "acronym", "scope", "website"]
    list_filter = ["scope"]
    search_fields = ["name", "acronym"]


class ConferenceRegistrationViewSet(ModelViewSet):
    model = ConferenceRegistration
    icon = "calendar-check"
    menu_label = _("Event registrations")
    menu_order = 310
    add_to_admin_menu = True
    index_view_class = OrganisationScopedIndexView
    list_display = ["name", "email", "organisation_name", "conference", "created_at"]
    list_filter = ["conference"]
    list_export = ["name", "email", "organisation_name", "access_needs", "conference", "created_at"]
    search_fields = ["name", "email", "organisation_name"]
    form_fields = ["name", "email", "organisation_name", "access_needs"]
    inspect_view_enabled = True


network_membership_viewset = NetworkMembershipViewSet()
conference_registration_viewset = ConferenceRegistrationViewSet("event_registrations")
