from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button
from wagtail.log_actions import LogFormatter
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from pages.permissions import OrganisationScopedPolicy
from volunteering import coordination
from volunteering.dashboard import UnansweredInterestsPanel
from volunteering.models import (
    Agreement,
    Certificate,
    ChildProtectionCheck,
    Interest,
    InterestStatus,
    OrganisationPaperwork,
    Shift,
    ShiftSeries,
    VolunteerOfferPage,
)
from volunteering.paperwork.admin import PaperworkGroup
from volunteering.report_views import GrantReportView, visible_organisation_keys
from volunteering.shift_viewsets import shifts_group
from volunteering.viewsets import VocabularyGroup, interest_viewset

register_snippet(VocabularyGroup)
register_permission_policy(
    Interest,
    OrganisationScopedPolicy(Interest, page_path_field="offer__path", network_readable=True),
)
for paperwork_model in (Certificate, Agreement, ChildProtectionCheck, OrganisationPaperwork):
    register_permission_policy(
        paperwork_model,
        OrganisationScopedPolicy(paperwork_model, page_path_field="organisation__path"),
    )

for shift_model in (Shift, ShiftSeries):
    register_permission_policy(
        shift_model, OrganisationScopedPolicy(shift_model, page_path_field="offer__path")
    )


@hooks.register("register_admin_viewset")
def register_interests():
    return interest_viewset


@hooks.register("register_admin_viewset")
def register_paperwork():
    return PaperworkGroup()


@hooks.register("register_admin_viewset")
def register_shifts():
    return shifts_group


@hooks.register("register_page_header_buttons")
def candidates_button(page, user, view_name, next_url=None):
    is_offer = issubclass(page.specific_class or type(page), VolunteerOfferPage)
    if is_offer and interest_viewset.permission_policy.user_has_permission(user, "view"):
        yield Button(
            _("Candidates"),
            reverse("volunteer_interests:candidates", args=[page.pk]),
            icon_name="group",
            priority=90,
        )


@hooks.register("register_log_actions")
def shift_log_actions(actions):
    from volunteering import attendance

    actions.register_action(attendance.CHECK_IN, _("Checked in"), _("Checked in to the shift"))
    actions.register_action(attendance.CHECK_OUT, _("Checked out"), _("Checked out of the shift"))
    actions.register_action(
        attendance.HOURS_APPROVED, _("Hours approved"), _("Hours approved or corrected")
    )


class InterestStatusFormatter(LogFormatter):
    label = _("Change the status of an interest")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        try:
            return _("Status changed from “%(from)s” to “%(to)s”") % {
                "from": InterestStatus(data["from"]).label,
                "to": InterestStatus(data["to"]).label,
            }
        except (KeyError, ValueError):  # an entry written before a status was renamed
            return _("Status changed")


@hooks.register("register_log_actions")
def register_interest_log_actions(actions):
    actions.register_action(coordination.STATUS_ACTION)(InterestStatusFormatter)
    actions.register_action(
        coordination.MESSAGE_ACTION, _("Message to the volunteer"), _("Message sent")
    )
    actions.register_action(coordination.NOTE_ACTION, _("Internal note"), _("Internal note added"))
    actions.register_action(
        coordination.REMINDER_ACTION,
        _("Reminder to the coordinator"),
        _("Unanswered: the coordinator was reminded"),
    )
    actions.register_action(
        coordination.ESCALATION_ACTION,
        _("Passed to the network's coordinators"),
        _("Still unanswered: passed to the network's coordinators, other offers sent"),
    )


@hooks.register("construct_homepage_panels")
def add_unanswered_interests_panel(request, panels):
    if interest_viewset.permission_policy.user_has_permission(request.user, "view"):
        panels.append(
            UnansweredInterestsPanel(
                policy=interest_viewset.permission_policy,
                case_url_name=interest_viewset.get_url_name("edit"),
            )
        )


@hooks.register("register_admin_urls")
def register_grant_report_urls():
    return [
        path("grant-reports/", GrantReportView.as_view(), name="grant_report"),
        path(
            "grant-reports/print/",
            GrantReportView.as_view(print_view=True),
            name="grant_report_print",
        ),
    ]


class GrantReportMenuItem(MenuItem):
    def is_shown(self, request):
        keys = visible_organisation_keys(request.user)
        return keys is None or bool(keys)


@hooks.register("register_admin_menu_item")
def register_grant_report_menu_item():
    return GrantReportMenuItem(
        _("Grant reports"), reverse("grant_report"), icon_name="table", order=330
    )
