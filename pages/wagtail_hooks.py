from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from pages.models import ConferenceRegistration
from pages.permissions import OrganisationScopedPolicy
from pages.viewsets import conference_registration_viewset, network_membership_viewset
from pages.workspaces import exclude_foreign_organisations

register_snippet(network_membership_viewset)
register_permission_policy(
    ConferenceRegistration,
    OrganisationScopedPolicy(ConferenceRegistration, page_path_field="conference__path"),
)


@hooks.register("register_admin_viewset")
def register_conference_registrations():
    return conference_registration_viewset


@hooks.register("construct_page_chooser_queryset")
def hide_other_organisations_from_chooser(pages, request):
    return exclude_foreign_organisations(pages, request.user)


@hooks.register("construct_reports_menu")
def hide_network_wide_reports(request, menu_items):
    if not request.user.is_superuser:
        hidden = {"page-types-usage", "translations"}
        menu_items[:] = [item for item in menu_items if item.name not in hidden]
