"""Admin registrations of joining: the review viewset, the audit log's actions, and the view
where an organisation's editors invite further editors of their own organisation."""

from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy

from pages.abuse import limit_posts
from pages.joining import services
from pages.joining.admin import ApplicationPermissionPolicy, membership_application_viewset
from pages.joining.forms import InvitationForm
from pages.models import MembershipApplication, OrganisationWorkspace

LOG_ACTIONS = {
    "siec.joining.confirmed": (
        gettext_lazy("Application confirmed"),
        gettext_lazy("The applicant confirmed the e-mail address"),
    ),
    "siec.joining.resubmitted": (
        gettext_lazy("Application resubmitted"),
        gettext_lazy("The applicant sent a corrected application"),
    ),
    "siec.joining.approved": (gettext_lazy("Application approved"), gettext_lazy("Approved")),
    "siec.joining.changes_requested": (
        gettext_lazy("Changes requested"),
        gettext_lazy("Asked the applicant for changes"),
    ),
    "siec.joining.rejected": (gettext_lazy("Application rejected"), gettext_lazy("Rejected")),
    "siec.joining.invited": (gettext_lazy("Editor invited"), gettext_lazy("Invited an editor")),
    "siec.joining.invitation_accepted": (
        gettext_lazy("Invitation accepted"),
        gettext_lazy("The invited editor set a password"),
    ),
}


register_permission_policy(
    MembershipApplication, ApplicationPermissionPolicy(MembershipApplication)
)


@hooks.register("register_log_actions")
def register_joining_log_actions(actions):
    for action, (label, message) in LOG_ACTIONS.items():
        actions.register_action(action, label, message)


@hooks.register("register_admin_viewset")
def register_membership_applications():
    return membership_application_viewset


def invitable_workspaces(user):
    """The organisations a user may invite editors into: their own (all, for a superuser)."""
    workspaces = OrganisationWorkspace.objects.select_related("group").order_by("group__name")
    return workspaces if user.is_superuser else workspaces.filter(group__user=user)


@limit_posts("editor-invite")
def invite_editor_view(request):
    workspaces = invitable_workspaces(request.user)
    if not workspaces.exists():
        return TemplateResponse(request, "pages/joining/admin/invite.html", {}, status=403)
    form = InvitationForm(request.POST or None, workspaces=workspaces)
    if request.method == "POST" and form.is_valid():
        services.invite_editor(
            workspace=form.cleaned_data["workspace"],
            email=form.cleaned_data["email"],
            invited_by=request.user,
            language_code=get_language(),
            now=timezone.now(),
        )
        messages.success(
            request,
            _("The invitation is on its way to %(email)s.") % {"email": form.cleaned_data["email"]},
        )
        return redirect("siec_invite_editor")
    return TemplateResponse(
        request,
        "pages/joining/admin/invite.html",
        {"form": form},
        status=400 if form.is_bound else 200,
    )


@hooks.register("register_admin_urls")
def register_invitation_url():
    return [path("invite-editor/", invite_editor_view, name="siec_invite_editor")]


class InviteMenuItem(MenuItem):
    def is_shown(self, request):
        return invitable_workspaces(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_invitation_menu_item():
    return InviteMenuItem(
        gettext_lazy("Invite an editor"), reverse("siec_invite_editor"), icon_name="user", order=295
    )
