"""Attendance and hours on a shift: the coordinator checks volunteers in and out, and approves
their hours (from the check-in and check-out, or as entered). Every change is written to
Wagtail's log, so a correction shows who changed what, from which value, and when."""

import datetime
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from volunteering import shifts as rules
from volunteering.models.shifts import ShiftSignup, SignupStatus

CHECK_IN = "volunteering.shift_check_in"
CHECK_OUT = "volunteering.shift_check_out"
HOURS_APPROVED = "volunteering.shift_hours_approved"
MAX_HOURS = Decimal("24")


class AttendanceRefused(Exception):
    """The message is safe to show to the coordinator."""


def _on_roster(signup: ShiftSignup) -> None:
    if signup.status != SignupStatus.CONFIRMED:
        raise AttendanceRefused(_("Only volunteers with a place on the shift can be checked in."))


def check_in(*, signup: ShiftSignup, user, now: datetime.datetime) -> ShiftSignup:
    _on_roster(signup)
    with transaction.atomic():
        signup.checked_in_at = now
        signup.save(update_fields=["checked_in_at"])
        log(signup, CHECK_IN, user=user, data={"at": now.isoformat()})
    return signup


def check_out(*, signup: ShiftSignup, user, now: datetime.datetime) -> ShiftSignup:
    """Check out, and record the hours since the check-in (not yet approved)."""
    _on_roster(signup)
    if signup.checked_in_at is None:
        raise AttendanceRefused(_("Check the volunteer in first."))
    with transaction.atomic():
        signup.checked_out_at = now
        signup.hours = rules.hours_between(signup.checked_in_at, now)
        signup.save(update_fields=["checked_out_at", "hours"])
        log(signup, CHECK_OUT, user=user, data={"at": now.isoformat(), "hours": str(signup.hours)})
    return signup


def approve_hours(
    *, signup: ShiftSignup, hours: Decimal, user, now: datetime.datetime
) -> ShiftSignup:
    """Approve `hours` (a correction, when it differs from what was recorded); logged with the
    value before, so the history of every change stays."""
    _on_roster(signup)
    if not Decimal("0") < hours <= MAX_HOURS:
        raise AttendanceRefused(_("Hours must be more than 0 and at most 24."))
    with transaction.atomic():
        before = signup.hours
        signup.hours, signup.hours_approved_at, signup.hours_approved_by = hours, now, user
        signup.save(update_fields=["hours", "hours_approved_at", "hours_approved_by"])
        log(
            signup,
            HOURS_APPROVED,
            user=user,
            data={"hours": str(hours), "before": str(before) if before is not None else None},
        )
    return signup


def enter_own_hours(
    *, volunteer, signup_id: int, hours: Decimal, now: datetime.datetime
) -> ShiftSignup:
    """The volunteer says how long they worked on a shift that has ended; the coordinator
    approves (or corrects) it on the roster. Approved hours are not theirs to change."""
    signup = (
        ShiftSignup.objects.select_related("shift")
        .filter(pk=signup_id, volunteer=volunteer, status=SignupStatus.CONFIRMED)
        .first()
    )
    if signup is None or signup.shift.end_at > now:
        raise AttendanceRefused(_("Hours can be entered once the shift is over."))
    if signup.hours_approved_at is not None:
        raise AttendanceRefused(_("The coordinator has approved these hours already."))
    if not Decimal("0") < hours <= MAX_HOURS:
        raise AttendanceRefused(_("Hours must be more than 0 and at most 24."))
    signup.hours = hours
    signup.save(update_fields=["hours"])
    return signup
