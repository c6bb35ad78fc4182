"""Write-side operations of the volunteering plugin. Every rule about time takes `now`.

Below the offer page model (its interest route calls these): they import only the volunteer
models, so the offer is a type hint here, not an import."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from wagtail.models import ModelLogEntry

from pages.notifications import absolute_url
from pages.workspaces import organisation_editor_emails
from volunteering import lifecycle, notifications
from volunteering.models.shifts import ShiftSignup
from volunteering.models.volunteers import (
    Consent,
    ConsentKind,
    Interest,
    InterestStatus,
    Volunteer,
    new_token_nonce,
)
from volunteering.profile_choices import DIGITAL_CONSENT_AGE

if TYPE_CHECKING:
    from volunteering.models import VolunteerOfferPage

# Bump when the privacy notice (templates/volunteering/notice.html) changes: every consent
# records the version the volunteer saw.
NOTICE_VERSION = "2026-11"


class InterestRefused(Exception):
    """The offer does not take interest now; the message is safe to show."""


def _apply_profile(volunteer: Volunteer, profile: dict) -> None:
    """`profile`: the model fields the volunteer fills in (VolunteerProfileForm.profile())."""
    for field, value in profile.items():
        setattr(volunteer, field, value)


def _record_consent(volunteer, kind: str, *, language_code: str, now) -> None:
    Consent.objects.create(
        volunteer=volunteer,
        kind=kind,
        notice_version=NOTICE_VERSION,
        language_code=language_code,
        given_at=now,
    )


def _consents_for(volunteer: Volunteer) -> list[str]:
    kinds = [ConsentKind.DATA_PROCESSING]
    if volunteer.discoverable:
        kinds.append(ConsentKind.DISCOVERABLE)
    if volunteer.lowest_age < DIGITAL_CONSENT_AGE:
        kinds.append(ConsentKind.GUARDIAN)
    return kinds


def register_volunteer(
    *,
    email: str,
    profile: dict,
    language_code: str,
    now: datetime.datetime,
    offer_id: int | None = None,
) -> None:
    """Start a registration, or answer a repeated one, always the same way to the visitor:
    a known, confirmed address gets its "manage my profile" link (its data is not touched by
    an unconfirmed form); an unconfirmed one gets the new details and a fresh confirmation."""
    email = email.strip()
    existing = Volunteer.objects.filter(email__iexact=email).first()
    if existing is not None and existing.confirmed_at is not None:
        transaction.on_commit(lambda: notifications.send_manage_link(existing, offer_id=offer_id))
        return
    with transaction.atomic():
        volunteer = existing or Volunteer(email=email, created_at=now)
        _apply_profile(volunteer, profile)
        volunteer.language_code = language_code
        volunteer.last_active_at = now
        volunteer.token_nonce = new_token_nonce()
        volunteer.save()
        volunteer.consents.all().delete()
        for kind in _consents_for(volunteer):
            _record_consent(volunteer, kind, language_code=language_code, now=now)
    transaction.on_commit(lambda: notifications.send_confirmation(volunteer, offer_id=offer_id))


def send_sign_in_link(*, email: str, offer_id: int | None = None) -> str:
    """What an address that asked for its link gets: the "manage my profile" link once it is
    confirmed, a confirmation link before, and nothing when no volunteer has it."""
    volunteer = Volunteer.objects.filter(email__iexact=email.strip()).first()
    if volunteer is None:
        return "no volunteer has this address; nothing sent"
    if volunteer.confirmed_at is not None:
        notifications.send_manage_link(volunteer, offer_id=offer_id)
        return "manage link sent"
    notifications.send_confirmation(volunteer, offer_id=offer_id)
    return "confirmation sent"


def confirm_volunteer(*, volunteer: Volunteer, now: datetime.datetime) -> Volunteer:
    if volunteer.confirmed_at is None:
        volunteer.confirmed_at = now
    volunteer.last_active_at = now
    volunteer.inactivity_warned_at = None
    volunteer.save(update_fields=["confirmed_at", "last_active_at", "inactivity_warned_at"])
    return volunteer


def spend_link(*, volunteer: Volunteer) -> bool:
    """A link that signs in works once: using it replaces the nonce it carries. Only if that
    nonce is still current, so two clicks at once cannot both sign in; False when it was spent.
    The new nonce also voids every older link and ends the profile's sessions elsewhere."""
    fresh = new_token_nonce()
    spent = Volunteer.objects.filter(pk=volunteer.pk, token_nonce=volunteer.token_nonce).update(
        token_nonce=fresh
    )
    if spent:
        volunteer.token_nonce = fresh
    return bool(spent)


def record_activity(*, volunteer: Volunteer, now: datetime.datetime) -> None:
    """Any visit through a signed link counts as activity and lifts an inactivity warning."""
    Volunteer.objects.filter(pk=volunteer.pk).update(last_active_at=now, inactivity_warned_at=None)
    volunteer.last_active_at, volunteer.inactivity_warned_at = now, None


def update_profile(
    *, volunteer: Volunteer, profile: dict, language_code: str, now: datetime.datetime
) -> Volunteer:
    was_discoverable = volunteer.discoverable
    with transaction.atomic():
        _apply_profile(volunteer, profile)
        volunteer.language_code = language_code
        volunteer.last_active_at = now
        volunteer.save()
        if volunteer.discoverable and not was_discoverable:
            _record_consent(
                volunteer, ConsentKind.DISCOVERABLE, language_code=language_code, now=now
            )
        elif was_discoverable and not volunteer.discoverable:
            volunteer.consents.filter(
                kind=ConsentKind.DISCOVERABLE, withdrawn_at__isnull=True
            ).update(withdrawn_at=now)
        if (
            volunteer.lowest_age < DIGITAL_CONSENT_AGE
            and not volunteer.consents.filter(
                kind=ConsentKind.GUARDIAN, withdrawn_at__isnull=True
            ).exists()
        ):
            _record_consent(volunteer, ConsentKind.GUARDIAN, language_code=language_code, now=now)
    return volunteer


def erase_volunteer(*, volunteer: Volunteer) -> None:
    """Delete the volunteer and everything derived from them: consents, interests, the admin
    history entries that name their interests, and (volunteering.signal_handlers) the e-mails
    about them queued or finished in the task queue."""
    with transaction.atomic():
        interest_ids = [str(pk) for pk in volunteer.interests.values_list("pk", flat=True)]
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Interest), object_id__in=interest_ids
        ).delete()
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Volunteer),
            object_id=str(volunteer.pk),
        ).delete()
        # The attendance history of their shifts is labelled with their name.
        signup_ids = [str(pk) for pk in volunteer.shift_signups.values_list("pk", flat=True)]
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(ShiftSignup), object_id__in=signup_ids
        ).delete()
        volunteer.delete()


def coordinator_emails(offer: VolunteerOfferPage) -> list[str]:
    coordinator = offer.coordinator
    if coordinator is not None and coordinator.is_active and coordinator.email:
        return [coordinator.email]
    return organisation_editor_emails(offer)


def express_interest(
    *,
    volunteer: Volunteer,
    offer: VolunteerOfferPage,
    message: str = "",
    now: datetime.datetime,
) -> Interest:
    if volunteer.confirmed_at is None:
        raise InterestRefused(_("Confirm your e-mail address first."))
    if not offer.live:
        raise InterestRefused(_("This offer is not published."))
    if offer.get_organisation() is None:
        raise InterestRefused(_("This offer does not belong to any organisation."))
    if offer.places_filled >= offer.places_total:
        raise InterestRefused(_("All places in this offer are filled."))
    if not offer.is_open_at(now):
        raise InterestRefused(_("This offer is closed and no longer takes volunteers."))
    existing = _interest_in(volunteer=volunteer, offer=offer)
    if existing is not None and existing.status != InterestStatus.WITHDRAWN:
        raise InterestRefused(already_received(existing))
    try:
        with transaction.atomic():
            if existing is not None:
                # Only the request that finds it still withdrawn renews it; a second one at
                # the same moment is told it arrived.
                renewed = Interest.objects.filter(
                    pk=existing.pk, status=InterestStatus.WITHDRAWN
                ).update(
                    status=InterestStatus.NEW,
                    status_changed_at=now,
                    message=message,
                    # A renewed interest waits afresh (volunteering.reminders).
                    coordinator_reminded_at=None,
                    escalated_at=None,
                )
                if not renewed:
                    raise InterestRefused(already_received(existing))
                interest = Interest.objects.get(pk=existing.pk)
            else:
                # The unique constraint (volunteer, offer) refuses a twin sent at the same
                # moment, which the query above could not see yet.
                interest = Interest.objects.create(
                    volunteer=volunteer, offer=offer, message=message, created_at=now
                )
            record_activity(volunteer=volunteer, now=now)
            transaction.on_commit(lambda: _announce_interest(interest))
    except IntegrityError as twin:
        first = _interest_in(volunteer=volunteer, offer=offer)
        raise InterestRefused(already_received(first)) from twin
    return interest


def _interest_in(*, volunteer: Volunteer, offer: VolunteerOfferPage) -> Interest | None:
    """The volunteer's interest in the offer in any of its languages."""
    return Interest.objects.filter(
        volunteer=volunteer, offer__translation_key=offer.translation_key
    ).first()


def already_received(interest: Interest | None) -> str:
    if interest is None:  # the twin was rolled back after all; nothing to name
        return _("Your interest already reached us. The coordinator will answer it.")
    expressed = date_format(timezone.localtime(interest.created_at), "DATE_FORMAT")
    return _(
        "Your interest already reached us on %(date)s. The coordinator will answer it; "
        "there is no need to send it again."
    ) % {"date": expressed}


def _announce_interest(interest: Interest) -> None:
    recipients = coordinator_emails(interest.offer)
    if recipients:
        admin_url = absolute_url(reverse("volunteer_interests:edit", args=[interest.pk]))
        notifications.send_interest_to_coordinator(
            interest, recipients=recipients, admin_url=admin_url
        )
    notifications.send_interest_received(interest)


def change_interest_status(
    *, interest: Interest, status: str, now: datetime.datetime, message: str = "", by=None
) -> bool:
    """Record a new status (in the audit log too) and tell the volunteer; returns whether
    anything changed."""
    from volunteering.coordination import answer_interest

    return answer_interest(interest=interest, status=status, message=message, by=by, now=now)


def withdraw_interest(*, volunteer: Volunteer, interest_id: int, now: datetime.datetime) -> bool:
    interest = Interest.objects.filter(pk=interest_id, volunteer=volunteer).first()
    if interest is None or interest.status == InterestStatus.WITHDRAWN:
        return False
    change_interest_status(interest=interest, status=InterestStatus.WITHDRAWN, now=now)
    record_activity(volunteer=volunteer, now=now)
    return True


def export_volunteer(*, volunteer: Volunteer, language_code: str) -> dict:
    """Everything held about the volunteer, as the "download my data" JSON."""
    from volunteering.profile_choices import language_codes
    from volunteering.slots import keys_from_mask
    from volunteering.vocabulary import names

    return {
        "profile": {
            "name": volunteer.name,
            "email": volunteer.email,
            "phone": volunteer.phone,
            "place": volunteer.place_name,
            "latitude": volunteer.latitude,
            "longitude": volunteer.longitude,
            "travel_km": volunteer.travel_km,
            "skills": names("skill", volunteer.skills, language_code),
            "causes": names("cause", volunteer.causes, language_code),
            "availability": keys_from_mask(volunteer.availability),
            "languages": language_codes(volunteer.languages),
            "age_bracket": volunteer.age_bracket,
            "remote_ok": volunteer.remote_ok,
            "discoverable": volunteer.discoverable,
            "language": volunteer.language_code,
            "registered_at": volunteer.created_at.isoformat(),
            "confirmed_at": volunteer.confirmed_at.isoformat() if volunteer.confirmed_at else None,
            "last_active_at": volunteer.last_active_at.isoformat(),
        },
        "interests": [
            {
                "offer": interest.offer.title,
                "offer_url": interest.offer.full_url,
                "message": interest.message,
                "status": interest.status,
                "expressed_at": interest.created_at.isoformat(),
                "status_changed_at": interest.status_changed_at.isoformat()
                if interest.status_changed_at
                else None,
            }
            for interest in volunteer.interests.select_related("offer").order_by("created_at")
        ],
        "consents": [
            {
                "kind": consent.kind,
                "notice_version": consent.notice_version,
                "language": consent.language_code,
                "given_at": consent.given_at.isoformat(),
                "withdrawn_at": consent.withdrawn_at.isoformat() if consent.withdrawn_at else None,
            }
            for consent in volunteer.consents.all()
        ],
    }


# Retention, run daily by `manage.py volunteer_retention`.


def delete_unconfirmed(*, now: datetime.datetime) -> int:
    cutoff = now - lifecycle.CONFIRMATION_WINDOW
    stale = Volunteer.objects.filter(confirmed_at__isnull=True, created_at__lte=cutoff)
    count = 0
    for volunteer in list(stale):
        if lifecycle.unconfirmed_expired(
            created_at=volunteer.created_at, confirmed_at=volunteer.confirmed_at, now=now
        ):
            erase_volunteer(volunteer=volunteer)
            count += 1
    return count


def warn_inactive(*, now: datetime.datetime) -> int:
    cutoff = now - lifecycle.INACTIVITY_LIMIT
    due = Volunteer.objects.filter(
        confirmed_at__isnull=False, inactivity_warned_at__isnull=True, last_active_at__lte=cutoff
    )
    count = 0
    for volunteer in list(due):
        if not lifecycle.inactivity_warning_due(
            last_active_at=volunteer.last_active_at,
            warned_at=volunteer.inactivity_warned_at,
            now=now,
        ):
            continue
        Volunteer.objects.filter(pk=volunteer.pk).update(inactivity_warned_at=now)
        transaction.on_commit(lambda v=volunteer: notifications.send_inactivity_warning(v))
        count += 1
    return count


def erase_inactive(*, now: datetime.datetime) -> int:
    due = Volunteer.objects.filter(inactivity_warned_at__lte=now - lifecycle.ERASURE_GRACE)
    count = 0
    for volunteer in list(due):
        if lifecycle.erasure_due(
            last_active_at=volunteer.last_active_at,
            warned_at=volunteer.inactivity_warned_at,
            now=now,
        ):
            erase_volunteer(volunteer=volunteer)
            count += 1
    return count
