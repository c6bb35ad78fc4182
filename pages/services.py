"""Write-side operations for the network pages. Every rule about time takes `now`.

Below the event page model (its `rejestracja/` route calls these): they import only the
registration model, so the event is a type hint here, not an import."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils.translation import gettext as _

from wagtail.models import Page

from pages import places
from pages.models.choices import RegistrationStatus
from pages.models.registration import ConferenceRegistration, consent_text_version
from pages.notifications import send_registration_confirmation, send_registration_refused
from pages.tasks import register_for_conference as register_later

if TYPE_CHECKING:
    from pages.models import ConferencePage


class RegistrationRefused(Exception):
    """The registration cannot be accepted; the message is safe to show to the visitor."""


def places_left(*, conference: ConferencePage) -> int | None:
    if not conference.capacity:
        return None
    return max(conference.capacity - places_taken(conference=conference), 0)


def places_taken_by_event(conferences) -> dict:
    """The places taken of each event, by translation key (its translations share them), in
    one query however many events: for a listing's page of cards."""
    keys = {conference.translation_key for conference in conferences}
    if not keys:
        return {}
    rows = (
        live_registrations()
        .filter(conference__translation_key__in=keys, status=RegistrationStatus.CONFIRMED)
        .values("conference__translation_key")
        .annotate(taken=Count("pk"))
        .order_by()
    )
    return {row["conference__translation_key"]: row["taken"] for row in rows}


def live_registrations():
    """Registrations neither cancelled nor purged: the ones that hold a place or a turn."""
    return ConferenceRegistration.objects.filter(purged_at__isnull=True).exclude(
        status=RegistrationStatus.CANCELLED
    )


def event_registrations(*, conference: ConferencePage):
    """The live registrations of an event in any of its translations (they share the places)."""
    return live_registrations().filter(conference__translation_key=conference.translation_key)


def places_taken(*, conference: ConferencePage) -> int:
    return (
        event_registrations(conference=conference)
        .filter(status=RegistrationStatus.CONFIRMED)
        .count()
    )


def lock_event(conference: ConferencePage) -> None:
    """Every translation of the event shares the same places; lock the source page's row
    (Wagtail's page row: each booking, cancellation and promotion takes this lock, whatever
    the page type), so places are counted by one transaction at a time."""
    Page.objects.select_for_update().filter(translation_key=conference.translation_key).order_by(
        "pk"
    ).first()


def _registered(*, conference: ConferencePage, email: str) -> ConferenceRegistration | None:
    return event_registrations(conference=conference).filter(email__iexact=email).first()


def check_registration_open(*, conference: ConferencePage, now: datetime.datetime) -> None:
    """Raise RegistrationRefused when the event takes no more registrations: what the form
    can tell the visitor at once, since it is the same for every address."""
    if not conference.registration_open_at(now):
        raise RegistrationRefused(_("Registration for this event is closed."))


def request_registration(
    *,
    conference: ConferencePage,
    name: str,
    email: str,
    organisation_name: str,
    access_needs: str,
    language_code: str,
    now: datetime.datetime,
) -> None:
    """Hand a registration the form accepted to the worker, which books it and answers by
    e-mail (register_for_conference): the same work here whatever the address."""
    fields = {
        "name": name,
        "email": email,
        "organisation_name": organisation_name,
        "access_needs": access_needs,
    }
    register_later.enqueue(conference.pk, fields, language_code, now.isoformat())


def register_for_conference(
    *,
    conference: ConferencePage,
    name: str,
    email: str,
    organisation_name: str,
    access_needs: str,
    language_code: str,
    now: datetime.datetime,
) -> str:
    """Book a place, or a turn on the waiting list once the places are taken, and e-mail the
    answer; run by the worker, so the form answers every address the same, in the same time.
    Places are counted under a row lock so two visitors cannot both take the last one. An
    address registered already gets its registration again by e-mail: nobody learns from the
    form whether an address is registered."""
    fields = {
        "name": name,
        "email": email,
        "organisation_name": organisation_name,
        "access_needs": access_needs,
    }
    with transaction.atomic():
        lock_event(conference)
        registration = _registered(conference=conference, email=email)
        if registration is not None:
            outcome = "registered already"
        elif not conference.registration_open_at(now):
            outcome = "refused: registration closed"
        else:
            status = (
                RegistrationStatus.CONFIRMED
                if places.takes_a_place(
                    confirmed=places_taken(conference=conference),
                    capacity=conference.capacity or 0,
                )
                else RegistrationStatus.WAITLISTED
            )
            try:
                with transaction.atomic():
                    registration = ConferenceRegistration.objects.create(
                        conference=conference,
                        language_code=language_code,
                        status=status,
                        consent_given_at=now,
                        consent_text_version=consent_text_version(language_code),
                        **fields,
                    )
                outcome = "waitlisted" if status == RegistrationStatus.WAITLISTED else "registered"
            except IntegrityError:  # the same address, a moment ago, by a parallel task
                registration = _registered(conference=conference, email=email)
                outcome = "registered already"
    # Mailed once the booking is committed (a worker runs each task outside a transaction).
    if registration is None:
        send_registration_refused(conference=conference, fields=fields, language_code=language_code)
    else:
        send_registration_confirmation(registration, already=outcome == "registered already")
    return outcome


def change_status(*, record, status: str, now, notify) -> bool:
    """Record a new status on an application or interest and, once the change is committed,
    tell the person (`notify(record)`); returns whether anything changed."""
    if record.status == status:
        return False
    record.status = status
    record.status_changed_at = now
    record.save(update_fields=["status", "status_changed_at"])
    transaction.on_commit(lambda: notify(record))
    return True
