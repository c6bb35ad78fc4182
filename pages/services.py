"""Write-side operations for the network pages."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pages.forms import ConferenceRegistrationForm
from pages.models import ConferencePage, ConferenceRegistration
from pages.tasks import send_registration_mail


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


def register_for_conference(
    *, conference: ConferencePage, form: ConferenceRegistrationForm, language_code: str, now=None
) -> ConferenceRegistration:
    """Book a place, or raise RegistrationRefused. Places are counted under a row lock so two
    visitors cannot both take the last one. An address registered already gets the answer a
    new one gets and an e-mail with its registration: the form never tells anyone whether an
    address is registered. Either e-mail goes from the task queue, so both answers take the
    same time."""
    now = now or timezone.now()
    if not conference.registration_open_at(now):
        raise RegistrationRefused(_("Registration for this event is closed."))
    email = form.cleaned_data["email"]
    with transaction.atomic():
        # Every translation of the event shares the same places; lock the source page row.
        ConferencePage.objects.select_for_update().filter(
            translation_key=conference.translation_key
        ).order_by("pk").first()
        if places_left(conference=conference) == 0:
            raise RegistrationRefused(_("Sorry, all places for this event are taken."))
        registration = _registered(conference=conference, email=email)
        if registration is None:
            try:
                with transaction.atomic():
                    registration = form.save_for(language_code=language_code, now=now)
            except IntegrityError:  # registered a moment ago by a parallel request
                registration = _registered(conference=conference, email=email)
            else:
                send_registration_mail.enqueue(registration.pk)
                return registration
        send_registration_mail.enqueue(registration.pk, already=True)
    return registration


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
