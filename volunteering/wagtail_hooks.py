from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets.button import Button
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from pages.permissions import OrganisationScopedPolicy
from volunteering.models import (
    Agreement,
    Certificate,
    ChildProtectionCheck,
    Interest,
    OrganisationPaperwork,
    Shift,
    ShiftSeries,
    VolunteerOfferPage,
)
from volunteering.paperwork.admin import PaperworkGroup
from volunteering.shift_viewsets import shifts_group
from volunteering.viewsets import VocabularyGroup, interest_viewset

register_snippet(VocabularyGroup)
register_permission_policy(
    Interest, OrganisationScopedPolicy(Interest, page_path_field="offer__path")
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
