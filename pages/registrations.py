"""The life of an event registration after the form: cancelling, the waiting list, the
reminder, the check-in and the retention purge. Every rule about time is a plain function of
`now` (pages.places); places are counted under the event's row lock (pages.services.lock_event),
so a cancellation and a booking at the same moment cannot both take the freed place.

Below the event page model (its cancel route calls these), as pages.services is."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from pages import places
from pages.models.choices import RegistrationStatus
from pages.models.registration import ConferenceRegistration
from pages.services import RegistrationRefused, event_registrations, lock_event, places_taken
from pages.tasks import forget_messages, owner_key
from pages.tasks import send_registration_cancelled as send_cancelled_later
from pages.tasks import send_registration_promoted as send_promoted_later

if TYPE_CHECKING:
    from pages.models import ConferencePage

CHECK_IN = "pages.event_check_in"
CHECK_IN_UNDONE = "pages.event_check_in_undone"
DEFAULT_REMINDER_HOURS = (48,)
DEFAULT_RETENTION_DAYS = 90
PERSONAL_FIELDS = ("name", "email", "organisation_name", "access_needs")


def cancel_registration(
    *, registration: ConferenceRegistration, now: datetime.datetime
) -> list[ConferenceRegistration]:
    """The registrant gives up their place or their turn (until the event starts). The row
    stays, CANCELLED with `cancelled_at`; a freed place goes to the first one waiting. The
    registrant is told by e-mail (through the task queue, after the commit): only the call
    whose conditional UPDATE cancelled the row queues it, so it goes once.
    Returns the registrations promoted."""
    conference = registration.conference
    if not places.may_cancel_registration(start_at=conference.start_at, now=now):
        raise RegistrationRefused(_("The event has started; it can no longer be cancelled here."))
    with transaction.atomic():
        lock_event(conference)
        # Read under the lock (promotions take it too), for the e-mail's wording.
        was_waiting = ConferenceRegistration.objects.filter(
            pk=registration.pk, status=RegistrationStatus.WAITLISTED
        ).exists()
        cancelled = (
            ConferenceRegistration.objects.filter(pk=registration.pk)
            .exclude(status=RegistrationStatus.CANCELLED)
            .update(status=RegistrationStatus.CANCELLED, cancelled_at=now)
        )
        if not cancelled:
            raise RegistrationRefused(_("This registration has already been cancelled."))
        registration.status, registration.cancelled_at = RegistrationStatus.CANCELLED, now
        transaction.on_commit(lambda: send_cancelled_later.enqueue(registration.pk, was_waiting))
        return promote_waitlisted(conference=conference, now=now)


def promote_waitlisted(
    *, conference: ConferencePage, now: datetime.datetime
) -> list[ConferenceRegistration]:
    """Fill the free places from the waiting list, in order, and e-mail each one promoted
    (through the task queue) once the change is committed. Call with the event locked."""
    waiting = event_registrations(conference=conference).filter(
        status=RegistrationStatus.WAITLISTED
    )
    promoted = places.promotions(
        confirmed=places_taken(conference=conference),
        capacity=conference.capacity or 0,
        waiting=list(waiting.order_by("created_at", "pk")),
    )
    for registration in promoted:
        registration.status, registration.promoted_at = RegistrationStatus.CONFIRMED, now
        registration.save(update_fields=["status", "promoted_at"])
        transaction.on_commit(lambda pk=registration.pk: send_promoted_later.enqueue(pk))
    return promoted


def fill_from_waitlist(
    *, conference: ConferencePage, now: datetime.datetime
) -> list[ConferenceRegistration]:
    """After the editor adds places: promote under the lock, as a cancellation does."""
    with transaction.atomic():
        lock_event(conference)
        return promote_waitlisted(conference=conference, now=now)


def reminder_hours() -> tuple[int, ...]:
    return tuple(getattr(settings, "SIEC_EVENT_REMINDER_HOURS", DEFAULT_REMINDER_HOURS))


def retention_days() -> int:
    return int(getattr(settings, "SIEC_EVENT_REGISTRATION_RETENTION_DAYS", DEFAULT_RETENTION_DAYS))


def check_in(*, registration: ConferenceRegistration, user, now: datetime.datetime) -> bool:
    """Mark a confirmed registrant as present, written to Wagtail's log with who did it;
    False when there was nothing to do (checked in already, or not holding a place)."""
    with transaction.atomic():
        done = ConferenceRegistration.objects.filter(
            pk=registration.pk,
            status=RegistrationStatus.CONFIRMED,
            checked_in_at__isnull=True,
            purged_at__isnull=True,
        ).update(checked_in_at=now)
        if done:
            registration.checked_in_at = now
            log(registration, CHECK_IN, user=user, data={"at": now.isoformat()})
    return bool(done)


def undo_check_in(*, registration: ConferenceRegistration, user, now: datetime.datetime) -> bool:
    """Take back a check-in made by mistake, written to Wagtail's log as the check-in is (with
    the time it undoes); False when the person was not checked in."""
    with transaction.atomic():
        checked_in_at = (
            ConferenceRegistration.objects.select_for_update()
            .filter(pk=registration.pk, checked_in_at__isnull=False)
            .values_list("checked_in_at", flat=True)
            .first()
        )
        if checked_in_at is None:
            return False
        ConferenceRegistration.objects.filter(pk=registration.pk).update(checked_in_at=None)
        registration.checked_in_at = None
        log(
            registration,
            CHECK_IN_UNDONE,
            user=user,
            data={"at": now.isoformat(), "checked_in_at": checked_in_at.isoformat()},
        )
    return True


def purge_ended(*, now: datetime.datetime, days: int) -> int:
    """Blank the personal details of every registration of events that ended more than `days`
    ago; the anonymous row stays (status, when registered, checked in, the consent's time and
    text version), so the event's counts and the consent record remain. Their e-mails still
    queued or recorded in the task queue go too. Returns how many were purged."""
    due = ConferenceRegistration.objects.filter(
        purged_at__isnull=True,
        conference__end_at__lt=places.retention_cutoff(now=now, days=days),
    )
    purged = 0
    for registration in due.only("pk", "email").iterator():
        with transaction.atomic():
            forget_messages(owner_key(registration), address=registration.email)
            purged += ConferenceRegistration.objects.filter(
                pk=registration.pk, purged_at__isnull=True
            ).update(purged_at=now, **dict.fromkeys(PERSONAL_FIELDS, ""))
    return purged
