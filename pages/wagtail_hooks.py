from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.widgets.button import Button
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from pages import moderation_hooks  # noqa: F401 – registers the network review hooks
from pages.admin_api import SCOPED_ENDPOINTS
from pages.bulk_actions import SCOPED_BULK_ACTIONS
from pages.defaults_admin import NotificationPreferencePanel, organisation_defaults_viewset
from pages.joining import admin_hooks  # noqa: F401 – registers the joining admin
from pages.models import ConferencePage, ConferenceRegistration, OrganisationDefaults, Topic
from pages.models.mixins import AddressMixin
from pages.network_dashboard import NetworkDashboardMenuItem, network_dashboard_view
from pages.permissions import OrganisationScopedPolicy
from pages.scope import reachable, user_may_reach
from pages.viewsets import conference_registration_viewset, network_membership_viewset
from pages.workspaces import exclude_foreign_organisations

# After Wagtail's own registrations (order 0), which these replace under the same names.
AFTER_WAGTAIL = 100

register_snippet(network_membership_viewset)
# Topic names per language (pages.topics); translated with wagtail-localize like any snippet.
register_snippet(Topic)
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


@hooks.register("construct_explorer_page_queryset")
def hide_other_organisations_from_explorer(parent_page, pages, request):
    return exclude_foreign_organisations(pages, request.user)


@hooks.register("construct_image_chooser_queryset")
@hooks.register("construct_document_chooser_queryset")
def offer_only_reachable_media(media, request):
    # Wagtail's collection permissions already limit these; the hook keeps the chooser
    # closed even if a group were ever given a permission on the root collection.
    return media.filter(pk__in=reachable(request.user, media.model).values("pk"))


@hooks.register("construct_admin_api", order=AFTER_WAGTAIL)
def scope_admin_api_endpoints(router):
    for name, endpoint in SCOPED_ENDPOINTS.items():
        router.register_endpoint(name, endpoint)


for action_class in SCOPED_BULK_ACTIONS:
    hooks.register("register_bulk_action", action_class, order=AFTER_WAGTAIL)


@hooks.register("before_bulk_action")
def refuse_bulk_actions_outside_the_organisation(request, action_type, objects, action):
    try:
        allowed = all(user_may_reach(request.user, obj) for obj in objects)
    except Exception:  # fail closed: an error in the check refuses the action
        allowed = False
    if not allowed:
        raise PermissionDenied


@hooks.register("construct_reports_menu")
def hide_network_wide_reports(request, menu_items):
    if not request.user.is_superuser:
        hidden = {"page-types-usage", "translations"}
        menu_items[:] = [item for item in menu_items if item.name not in hidden]


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_an_unknown_town(request, page):
    """Saved all the same (a small village may be missing from the gazetteer), but the editor
    learns why the page will not turn up in searches by distance."""
    page = page.specific
    if isinstance(page, AddressMixin) and page.town_unknown:
        messages.warning(
            request,
            _(
                "We do not know the town “%(town)s”, so this page has no place on the map and "
                "searches within a distance will not find it. Check the spelling, or give the "
                "latitude and longitude of the place."
            )
            % {"town": page.city},
        )


register_permission_policy(
    OrganisationDefaults,
    OrganisationScopedPolicy(OrganisationDefaults, page_path_field="organisation__path"),
)


@hooks.register("register_admin_viewset")
def register_organisation_defaults():
    return organisation_defaults_viewset


@hooks.register("register_account_settings_panel")
def register_notification_preference_panel(request, user, profile):
    return NotificationPreferencePanel(request, user, profile)


@hooks.register("register_log_actions")
def event_log_actions(actions):
    from pages.registrations import CHECK_IN, CHECK_IN_UNDONE

    actions.register_action(
        CHECK_IN, gettext_lazy("Checked in"), gettext_lazy("Checked in to the event")
    )
    actions.register_action(
        CHECK_IN_UNDONE,
        gettext_lazy("Check-in undone"),
        gettext_lazy("Check-in to the event undone"),
    )


@hooks.register("register_page_header_buttons")
def check_in_button(page, user, view_name, next_url=None):
    policy = conference_registration_viewset.permission_policy
    is_event = issubclass(page.specific_class or type(page), ConferencePage)
    if (
        is_event
        and page.specific.takes_registration_here
        and policy.user_has_permission(user, "change")
    ):
        yield Button(
            gettext_lazy("Check-in list"),
            reverse("event_registrations:check_in", args=[page.pk]),
            icon_name="tick",
            priority=91,
        )


@hooks.register("register_admin_urls")
def register_network_dashboard_url():
    return [path("network/", network_dashboard_view, name="siec_network_dashboard")]


@hooks.register("register_admin_menu_item")
def register_network_dashboard_menu_item():
    return NetworkDashboardMenuItem(
        gettext_lazy("Network dashboard"),
        reverse("siec_network_dashboard"),
        icon_name="site",
        order=285,
    )
