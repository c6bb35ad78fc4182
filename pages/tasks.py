"""Sending e-mail so that a mail outage loses nothing: what the server refuses is retried by the
task worker until it takes it; and putting back the tasks a dead worker left running.

A queued e-mail is a row holding the whole message (names, addresses, what a visitor wrote), so
each carries an opaque `owner` key of the person it is about: erasing that person deletes the
rows (`forget_messages`). Logs and task results name the owner key and the error's kind, never
an address or a body."""

import datetime
import json
import logging
import smtplib

from django.core.mail import EmailMessage
from django.utils import timezone

from wagtail.models import Page

from django_tasks import task
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)

RETRY_DELAYS = (60, 300, 900, 3600)  # seconds; the last one repeats
# About three days of hourly attempts: a mail server down longer than that is an incident
# someone must look at (the error below), and a stale confirmation is better not sent.
MAX_ATTEMPTS = 75


def retry_delay(attempt: int) -> datetime.timedelta:
    return datetime.timedelta(seconds=RETRY_DELAYS[min(attempt, len(RETRY_DELAYS) - 1)])


def owner_key(record) -> str:
    """The person a message is about, as `app_label.model:pk`: nothing of theirs but an id."""
    return f"{record._meta.label_lower}:{record.pk}"


def error_kind(error: Exception) -> str:
    # An SMTP error's text may quote the addresses it refused: only its class and code.
    code = getattr(error, "smtp_code", None) or getattr(error, "errno", None)
    return f"{type(error).__name__} {code}" if code else type(error).__name__


def deliver(message: dict, *, attempt: int = 0, owner: str = "") -> str:
    """Sends now; if the mail server refuses or cannot be reached, the message waits in the
    task queue and the worker tries again later. Whatever the visitor submitted is saved
    already, so a mail outage must not turn their answer into an error page."""
    try:
        EmailMessage(**message).send()
    except (smtplib.SMTPException, OSError) as error:
        about = owner or "no one in particular"
        if attempt >= MAX_ATTEMPTS:
            logger.error(
                "Gave up e-mail about %s after %s tries: %s", about, attempt, error_kind(error)
            )
            return "given up"
        run_after = timezone.now() + retry_delay(attempt)
        result = retry_email.using(run_after=run_after).enqueue(message, attempt + 1, owner=owner)
        logger.warning(
            "E-mail about %s not sent (%s); queued for retry as task %s",
            about,
            error_kind(error),
            result.id,
        )
        return f"refused ({error_kind(error)}); queued again"
    return "sent"


@task()
def retry_email(message: dict, attempt: int, owner: str = "") -> str:
    if not message:  # emptied by forget_messages while a worker held it
        return "erased before sending"
    return deliver(message, attempt=attempt, owner=owner)


def forget_messages(owner: str, *, address: str = "") -> int:
    """Delete every queued or finished e-mail task about `owner`, and, with `address`, every
    finished task whose arguments carry that address: the forms the worker completes for a
    visitor (registrations, sign-in links, conference bookings, alert subscriptions) hold it
    and their answers. One a worker is sending at this moment cannot be deleted under it (the
    worker saves its result to the row); its message is emptied instead, so the row keeps
    nothing and a requeued run sends nothing."""
    rows = DBTaskResult.objects.filter(
        task_path=retry_email.module_path, args_kwargs__kwargs__owner=owner
    )
    rows.filter(status=TaskResultStatus.RUNNING).update(args_kwargs={"args": [{}, 0], "kwargs": {}})
    deleted, _ = rows.exclude(status=TaskResultStatus.RUNNING).delete()
    if address:
        # As a JSON string, quotes included, so that ann@x.pl does not take joann@x.pl's rows.
        mentioning = DBTaskResult.objects.filter(
            args_kwargs__icontains=json.dumps(address, ensure_ascii=False)
        ).exclude(status__in=[TaskResultStatus.RUNNING, TaskResultStatus.READY])
        deleted += mentioning.delete()[0]
    return deleted


@task()
def register_for_conference(
    conference_id: int, fields: dict, language_code: str, submitted_at: str
) -> str:
    """A conference registration form as the view checked it, booked and answered by e-mail
    here (pages.services.register_for_conference); `submitted_at`, in ISO 8601, is when the
    visitor consented."""
    # pages.services -> pages.notifications import deliver from this module.
    from pages.services import register_for_conference as book

    # Through Wagtail's Page, not ConferencePage: the event's route enqueues this task, so
    # this module sits below the page model and does not import it.
    conference = Page.objects.filter(pk=conference_id).specific().first()
    if conference is None:
        return "event gone; nothing booked"
    return book(
        conference=conference,
        name=fields["name"],
        email=fields["email"],
        organisation_name=fields["organisation_name"],
        access_needs=fields["access_needs"],
        language_code=language_code,
        now=datetime.datetime.fromisoformat(submitted_at),
    )


def requeue_stalled(*, now: datetime.datetime, stalled_after: datetime.timedelta) -> int:
    """Tasks left RUNNING by a worker that died (killed, out of memory, machine lost) go back
    to the queue. Every task here is safe to run twice (search syncs are idempotent, an e-mail
    may at worst arrive twice), and none runs for minutes, so a long-running one is a dead one."""
    return DBTaskResult.objects.filter(
        status=TaskResultStatus.RUNNING, started_at__lt=now - stalled_after
    ).update(status=TaskResultStatus.READY, started_at=None, run_after=now)


def _registration_with_place(registration_id: int):
    """The registration if it still holds a place (not cancelled or purged since it was
    queued), with its event; else None."""
    from pages.models.choices import RegistrationStatus
    from pages.models.registration import ConferenceRegistration

    return (
        ConferenceRegistration.objects.filter(
            pk=registration_id, status=RegistrationStatus.CONFIRMED, purged_at__isnull=True
        )
        .select_related("conference")
        .first()
    )


@task()
def send_registration_promoted(registration_id: int) -> str:
    """Tell a registrant moved from the waiting list into a place (pages.registrations)."""
    from pages.notifications import send_registration_promoted as send

    registration = _registration_with_place(registration_id)
    if registration is None:
        return "cancelled since; nothing sent"
    send(registration)
    return "sent"


@task()
def send_registration_cancelled(registration_id: int, was_waiting: bool = False) -> str:
    """Confirm to the registrant that their cancellation went through (pages.registrations)."""
    from pages.models.choices import RegistrationStatus
    from pages.models.registration import ConferenceRegistration
    from pages.notifications import send_registration_cancelled as send

    registration = (
        ConferenceRegistration.objects.filter(
            pk=registration_id, status=RegistrationStatus.CANCELLED, purged_at__isnull=True
        )
        .select_related("conference")
        .first()
    )
    if registration is None:
        return "not cancelled, or purged since; nothing sent"
    send(registration, was_waiting=was_waiting)
    return "sent"


@task()
def fill_event_waitlist(conference_id: int) -> str:
    """Promote the waiting list of an event whose places the editor raised."""
    from pages.registrations import fill_from_waitlist

    conference = Page.objects.filter(pk=conference_id).specific().first()
    if conference is None or not getattr(conference, "capacity", None):
        return "no event or no places; nothing promoted"
    promoted = fill_from_waitlist(conference=conference, now=timezone.now())
    return f"promoted {len(promoted)}"


@task()
def send_event_reminder(registration_id: int) -> str:
    """The reminder before an event, with its `.ics` (pages.registration_reminders)."""
    from pages.notifications import send_event_reminder as send

    registration = _registration_with_place(registration_id)
    if registration is None:
        return "cancelled since; nothing sent"
    send(registration, ics=registration.conference.calendar_file(now=timezone.now()))
    return "sent"
