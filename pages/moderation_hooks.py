"""Admin hooks that make the "Network review" (pages.moderation) binding: an organisation
editor sees no Publish action on a reviewed section's pages (only Wagtail's "Submit to …"),
and a publish posted anyway (edit, create, bulk) is refused. Coordinators and superusers
publish as before. Any error in the check refuses (fails closed)."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from pages.models import OrganisationWorkspace
from pages.moderation import is_under_network_review, may_publish_past_review
from pages.moderation_admin import TrustPermissionPolicy, trusted_member_viewset

PUBLISH = "action-publish"


def _held(user, page) -> bool:
    try:
        return is_under_network_review(page) and not may_publish_past_review(user)
    except Exception:
        return True


@hooks.register("construct_page_action_menu")
def hide_publish_on_reviewed_pages(menu_items, request, context):
    # A page being created is unsaved and has no place in the tree yet: its parent's
    # workflow is the one it will go through.
    page = context.get("parent_page") if context.get("view") == "create" else context.get("page")
    if _held(request.user, page):
        menu_items[:] = [item for item in menu_items if item.name != PUBLISH]


@hooks.register("before_edit_page")
def refuse_direct_publish_on_edit(request, page):
    if request.method == "POST" and PUBLISH in request.POST and _held(request.user, page):
        raise PermissionDenied


@hooks.register("before_create_page")
def refuse_direct_publish_on_create(request, parent_page, page_class):
    if request.method == "POST" and PUBLISH in request.POST and _held(request.user, parent_page):
        raise PermissionDenied


@hooks.register("before_bulk_action")
def refuse_bulk_publish_of_reviewed_pages(request, action_type, objects, action_class_instance):
    if action_type == "publish" and any(_held(request.user, page) for page in objects):
        raise PermissionDenied


LOG_ACTIONS = {
    "siec.network.trusted": (
        gettext_lazy("Trusted member"),
        gettext_lazy("Marked a trusted member: postings publish without the network's review"),
    ),
    "siec.network.review_required": (
        gettext_lazy("Network review required"),
        gettext_lazy("Postings and offers now wait for the network coordinators' review"),
    ),
}


@hooks.register("register_log_actions")
def register_network_review_log_actions(actions):
    for action, (label, message) in LOG_ACTIONS.items():
        actions.register_action(action, label, message)


register_permission_policy(OrganisationWorkspace, TrustPermissionPolicy(OrganisationWorkspace))


@hooks.register("register_admin_viewset")
def register_trusted_members():
    return trusted_member_viewset
