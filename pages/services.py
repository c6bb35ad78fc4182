"""Write-side operations for the network pages. Every rule about time takes `now`.

Below the event page model (its `rejestracja/` route calls these): they import only the
registration model, so the event is a type hint here, not an import."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from wagtail.models import Page

from pages.models.registration import ConferenceRegistration
from pages.notifications import send_registration_confirmation, send_registration_refused
from pages.tasks import register_for_conference as register_later

if TYPE_CHECKING:
    from pages.models import ConferencePage


class RegistrationRefused(Exception):
    """The registration cannot be accepted; the message is safe to show to the visitor."""


def places_left(*, conference: ConferencePage) -> int | None:
    if not conference.capacity:
        return None
    taken = ConferenceRegistration.objects.filter(
        conference__translation_key=conference.translation_key
    ).count()
    return max(conference.capacity - taken, 0)


def _registered(*, conference: ConferencePage, email: str) -> ConferenceRegistration | None:
    return ConferenceRegistration.objects.filter(
        conference__translation_key=conference.translation_key, email__iexact=email
    ).first()


def check_registration_open(*, conference: ConferencePage, now: datetime.datetime) -> None:
    """Raise RegistrationRefused when the event takes no more registrations: what the form
    can tell the visitor at once, since it is the same for every address."""
    if not conference.registration_open_at(now):
        raise RegistrationRefused(_("Registration for this event is closed."))
    if places_left(conference=conference) == 0:
        raise RegistrationRefused(_("Sorry, all places for this event are taken."))


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
    """Book a place and e-mail the answer; run by the worker, so the form answers every
    address the same, in the same time. Places are counted under a row lock so two visitors
    cannot both take the last one. An address registered already gets its registration again
    by e-mail: nobody learns from the form whether an address is registered."""
    fields = {
        "name": name,
        "email": email,
        "organisation_name": organisation_name,
        "access_needs": access_needs,
    }
    with transaction.atomic():
        # Every translation of the event shares the same places; lock the source page's row
        # (Wagtail's page row: each booking takes this lock, whatever the page type).
        Page.objects.select_for_update().filter(
            translation_key=conference.translation_key
        ).order_by("pk").first()
        registration = _registered(conference=conference, email=email)
        if registration is not None:
            outcome = "registered already"
        elif places_left(conference=conference) == 0 or not conference.registration_open_at(now):
            outcome = "refused: no places left or registration closed"
        else:
            try:
                with transaction.atomic():
                    registration = ConferenceRegistration.objects.create(
                        conference=conference,
                        language_code=language_code,
                        consent_given_at=now,
                        **fields,
                    )
                outcome = "registered"
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
