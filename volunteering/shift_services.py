"""Write-side operations on shifts: generating a series, signing up, the waiting list,
cancelling. Every rule about time takes `now` (volunteering.shifts).

Places are counted under a row lock on the shift, so two volunteers taking the last place at
once cannot both get it: the second waits for the first to commit, then counts again."""

import datetime

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from volunteering import shift_notifications
from volunteering import shifts as rules
from volunteering.models.paperwork import Agreement
from volunteering.models.shifts import Shift, ShiftSeries, ShiftSignup, SignupStatus
from volunteering.models.volunteers import Interest, InterestStatus, Volunteer


class SignupRefused(Exception):
    """The volunteer cannot take this shift; the message is safe to show."""


def generate_series(*, series: ShiftSeries, now: datetime.datetime) -> int:
    """Create the series' future shifts that do not exist yet, and remove future shifts that
    no longer belong to it (a new exception, a shorter series) while nobody is signed up for
    them. Past shifts are history and stay. Safe to run repeatedly; returns the shifts made."""
    wanted = {}
    for day in rules.occurrence_dates(
        weekday=series.weekday,
        first_date=series.first_date,
        last_date=series.last_date,
        skipped=series.skipped,
    ):
        start_at, end_at = rules.shift_bounds(day, series.start_time, series.end_time)
        if start_at > now:
            wanted[start_at] = end_at
    created = 0
    with transaction.atomic():
        existing = series.shifts.filter(start_at__gt=now)
        for shift in existing:
            if shift.start_at in wanted:
                _copy_series_terms(series, shift, end_at=wanted.pop(shift.start_at))
                shift.save()
            elif not shift.signups.exclude(status=SignupStatus.CANCELLED).exists():
                shift.delete()
        for start_at, end_at in sorted(wanted.items()):
            shift = Shift(series=series, start_at=start_at)
            _copy_series_terms(series, shift, end_at=end_at)
            shift.save()
            created += 1
    return created


def _copy_series_terms(series: ShiftSeries, shift: Shift, *, end_at) -> None:
    shift.offer_id = series.offer_id
    shift.end_at = end_at
    for field in ("place", "location", "capacity", "minimum_headcount", "role"):
        setattr(shift, field, getattr(series, field))


def accepted_for(*, volunteer: Volunteer, offer) -> bool:
    """Whether the coordinator accepted the volunteer's interest in this offer (in any of its
    translations): only they may sign up for its shifts."""
    return Interest.objects.filter(
        volunteer=volunteer,
        offer__translation_key=offer.translation_key,
        status=InterestStatus.ACCEPTED,
    ).exists()


def paperwork_refusal(*, volunteer: Volunteer, offer, now: datetime.datetime) -> str:
    """Why the law keeps this accepted volunteer off the offer's shifts for now, or "".

    Art. 44 of the volunteering act: a placement of more than 30 days needs the written
    agreement, accepted by both sides (and a guardian for a minor), before the work starts;
    an offer that works with children needs the recorded checks (the 2024 child-protection
    rules). Both are looked up in volunteering.paperwork; any doubt refuses."""
    # Imported here: the offer page's shift routes import this module while
    # volunteering.models loads, and the paperwork modules import volunteering.models.
    from volunteering.paperwork import agreements, child_protection
    from volunteering.paperwork import rules as paperwork_rules

    if not child_protection.volunteer_may_work_with_minors(
        volunteer=volunteer, offer=offer, now=now
    ):
        return _(
            "This offer involves work with children: the coordinator must record the required "
            "checks before you can take a shift."
        )
    if not paperwork_rules.agreement_required(
        start_date=offer.start_date, end_date=offer.end_date, now=now
    ):
        return ""
    agreement = (
        Agreement.objects.filter(
            interest__volunteer=volunteer,
            interest__offer__translation_key=offer.translation_key,
            interest__status=InterestStatus.ACCEPTED,
        )
        .select_related("interest__volunteer")
        .first()
    )
    if agreement is None or not agreements.is_complete(agreement, now=now):
        return _(
            "This placement lasts more than 30 days, so the law asks for a written agreement "
            "first: accept it under “My volunteering”; you can take a shift once the "
            "coordinator has signed it too."
        )
    return ""


def sign_up(*, volunteer: Volunteer, shift: Shift, now: datetime.datetime) -> ShiftSignup:
    """A place if one is free, else a turn on the waiting list."""
    if not rules.may_sign_up(
        accepted=accepted_for(volunteer=volunteer, offer=shift.offer),
        start_at=shift.start_at,
        now=now,
    ):
        if now >= shift.start_at:
            raise SignupRefused(_("This shift has already started."))
        raise SignupRefused(
            _("You can sign up for shifts once the coordinator has accepted your interest.")
        )
    if refusal := paperwork_refusal(volunteer=volunteer, offer=shift.offer, now=now):
        raise SignupRefused(refusal)
    with transaction.atomic():
        locked = Shift.objects.select_for_update().get(pk=shift.pk)
        if _live_signups(locked).filter(volunteer=volunteer).exists():
            raise SignupRefused(_("You are already signed up for this shift."))
        confirmed = _live_signups(locked).filter(status=SignupStatus.CONFIRMED).count()
        status = (
            SignupStatus.CONFIRMED
            if rules.takes_a_place(confirmed=confirmed, capacity=locked.capacity)
            else SignupStatus.WAITING
        )
        try:
            with transaction.atomic():
                signup = ShiftSignup.objects.create(
                    shift=locked,
                    volunteer=volunteer,
                    status=status,
                    created_at=now,
                    status_changed_at=now,
                )
        except IntegrityError as error:  # the same volunteer, a moment ago, in another tab
            raise SignupRefused(_("You are already signed up for this shift.")) from error
    return signup


def cancel(*, volunteer: Volunteer, signup_id: int, now: datetime.datetime) -> ShiftSignup:
    """The volunteer gives up their place (until the cut-off) or their turn on the waiting
    list; a freed place goes to the first volunteer waiting."""
    signup = (
        ShiftSignup.objects.select_related("shift")
        .filter(pk=signup_id, volunteer=volunteer)
        .exclude(status=SignupStatus.CANCELLED)
        .first()
    )
    if signup is None:
        raise SignupRefused(_("There is nothing to cancel here."))
    if signup.status == SignupStatus.CONFIRMED and not rules.may_cancel(
        start_at=signup.shift.start_at, now=now, cutoff=rules.cancel_cutoff()
    ):
        raise SignupRefused(
            _("It is too late to cancel this shift here; please tell the coordinator.")
        )
    return remove_from_shift(signup=signup, now=now)


def remove_from_shift(*, signup: ShiftSignup, now: datetime.datetime) -> ShiftSignup:
    """Cancel a sign-up (by the volunteer, or the coordinator at any time) and promote."""
    with transaction.atomic():
        shift = Shift.objects.select_for_update().get(pk=signup.shift_id)
        ShiftSignup.objects.filter(pk=signup.pk).update(
            status=SignupStatus.CANCELLED, status_changed_at=now
        )
        signup.status, signup.status_changed_at = SignupStatus.CANCELLED, now
        promote_waiting(shift=shift, now=now)
    return signup


def promote_waiting(*, shift: Shift, now: datetime.datetime) -> list[ShiftSignup]:
    """Fill the free places from the waiting list, in order, and e-mail each volunteer
    promoted once the change is committed. Call with the shift's row locked."""
    live = _live_signups(shift)
    promoted = rules.promotions(
        confirmed=live.filter(status=SignupStatus.CONFIRMED).count(),
        capacity=shift.capacity,
        waiting=list(live.filter(status=SignupStatus.WAITING).select_related("volunteer")),
    )
    for signup in promoted:
        signup.status, signup.status_changed_at = SignupStatus.CONFIRMED, now
        signup.save(update_fields=["status", "status_changed_at"])
        transaction.on_commit(lambda s=signup: shift_notifications.send_promoted(s))
    return promoted


def fill_from_waiting_list(*, shift: Shift, now: datetime.datetime) -> list[ShiftSignup]:
    """After the coordinator adds places: promote under the lock, as a cancellation does."""
    with transaction.atomic():
        locked = Shift.objects.select_for_update().get(pk=shift.pk)
        return promote_waiting(shift=locked, now=now)


def message_shift(*, shift: Shift, subject: str, body: str, reply_to: str = "") -> int:
    """E-mail everyone with a place on the shift, one message each; returns how many."""
    signups = list(
        _live_signups(shift).filter(status=SignupStatus.CONFIRMED).select_related("volunteer")
    )
    for signup in signups:
        shift_notifications.send_coordinator_message(
            signup, subject=subject, body=body, reply_to=reply_to
        )
    return len(signups)


def _live_signups(shift: Shift):
    return ShiftSignup.objects.filter(shift=shift).exclude(status=SignupStatus.CANCELLED)


def places_taken(shift: Shift) -> int:
    return _live_signups(shift).filter(status=SignupStatus.CONFIRMED).count()
