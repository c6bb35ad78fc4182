"""The coordinator's side of an interest: answering it (status and a message to the volunteer),
internal notes, and the case's history. Every change is an entry in Wagtail's audit log
(actions registered in wagtail_hooks.py), which is also where the history is read from.

Below the offer page model, like services.py: the offer is reached through the interest."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from pages.defaults import template_text
from volunteering import notifications
from volunteering.models.volunteers import Interest, InterestNote, InterestStatus

STATUS_ACTION = "volunteering.interest.status"
MESSAGE_ACTION = "volunteering.interest.message"
NOTE_ACTION = "volunteering.interest.note"
REMINDER_ACTION = "volunteering.interest.reminder"
ESCALATION_ACTION = "volunteering.interest.escalation"


def status_message_kind(status: str) -> str:
    """The pages.MessageTemplate kind of the message sent with this status."""
    return f"volunteering.interest.{status}"


def default_message(*, status: str, interest: Interest) -> str:
    """The message the answer form starts from, in the volunteer's language: the
    organisation's own wording of this status (pages.defaults, "Ustawienia organizacji"),
    else the network's."""
    offer_title = interest.offer.title
    if own := template_text(
        page=interest.offer,
        kind=status_message_kind(status),
        language_code=interest.volunteer.language_code,
    ):
        return own
    with translation.override(interest.volunteer.language_code):
        texts = {
            InterestStatus.CONTACTED: _(
                "Thank you for your interest in “%(offer)s”. We have read your message and "
                "will call or write to you within a few days to talk it over."
            ),
            InterestStatus.ACCEPTED: _(
                "Good news: we would be glad to have you as a volunteer in “%(offer)s”. "
                "We will write to you soon with the details of your first day."
            ),
            InterestStatus.DECLINED: _(
                "Thank you for your interest in “%(offer)s”. This time we cannot take you on; "
                "we hope to meet you in another offer of the network."
            ),
        }
        text = texts.get(InterestStatus(status), "")
        return text % {"offer": offer_title} if text else ""


def answer_interest(
    *, interest: Interest, status: str, message: str, by, now: datetime.datetime
) -> bool:
    """Set the status and tell the volunteer, with the coordinator's message if any; the same
    status with a message sends the message alone. Returns whether anything was done."""
    message = message.strip()
    previous = interest.status
    if previous == status:
        if not message:
            return False
        with transaction.atomic():
            log(instance=interest, action=MESSAGE_ACTION, user=by, data={"message": message})
            transaction.on_commit(
                lambda: notifications.send_interest_message(interest, message=message)
            )
        return True
    with transaction.atomic():
        interest.status, interest.status_changed_at = status, now
        interest.save(update_fields=["status", "status_changed_at"])
        log(
            instance=interest,
            action=STATUS_ACTION,
            user=by,
            data={"from": previous, "to": status, "message": message},
        )
        transaction.on_commit(lambda: notifications.send_interest_status(interest, message=message))
    return True


def answer_interests(
    *, interests: Iterable[Interest], status: str | None, message: str, by, now
) -> int:
    """One answer to several volunteers (each e-mail in its own volunteer's language);
    `status` None keeps each status and sends the message alone."""
    count = 0
    with transaction.atomic():
        for interest in interests:
            target = status or interest.status
            count += answer_interest(
                interest=interest, status=target, message=message, by=by, now=now
            )
    return count


def add_note(*, interest: Interest, text: str, by, now: datetime.datetime) -> InterestNote:
    with transaction.atomic():
        note = InterestNote.objects.create(
            interest=interest, author=by, text=text.strip(), created_at=now
        )
        # The log names the note, not its words: the text stays with the organisation's case.
        log(instance=interest, action=NOTE_ACTION, user=by, data={"note": note.pk})
    return note


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime.datetime
    action: str
    label: str
    user: object | None
    message: str


def history(interest: Interest) -> list[HistoryEntry]:
    """The interest's life as the audit log holds it, newest first, ending with its arrival."""
    entries = (
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Interest),
            object_id=str(interest.pk),
        )
        .select_related("user")
        .order_by("-timestamp", "-pk")
    )
    found = [
        HistoryEntry(
            at=entry.timestamp,
            action=entry.action,
            label=entry.message,
            user=entry.user,
            message=entry.data.get("message", "") if isinstance(entry.data, dict) else "",
        )
        for entry in entries
    ]
    found.append(
        HistoryEntry(
            at=interest.created_at,
            action="created",
            label=_("Interest expressed"),
            user=None,
            message=interest.message,
        )
    )
    return found


def register_message_kinds() -> None:
    """The answers an organisation may word once, per status a volunteer is told about."""
    from django.utils.text import format_lazy
    from django.utils.translation import gettext_lazy

    from pages.registry import MessageKind, register_message_kind

    for status in (InterestStatus.CONTACTED, InterestStatus.ACCEPTED, InterestStatus.DECLINED):
        register_message_kind(
            MessageKind(
                key=status_message_kind(status),
                label=format_lazy("{}: {}", gettext_lazy("Volunteer interest"), status.label),
            )
        )
