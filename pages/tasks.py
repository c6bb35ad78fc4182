"""Sending e-mail so that a mail outage loses nothing: what the server refuses is retried by the
task worker until it takes it; and putting back the tasks a dead worker left running."""

import datetime
import logging
import smtplib

from django.core.mail import EmailMessage
from django.utils import timezone

from django_tasks import task
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from pages.models import ConferencePage

logger = logging.getLogger(__name__)

RETRY_DELAYS = (60, 300, 900, 3600)  # seconds; the last one repeats
# About three days of hourly attempts: a mail server down longer than that is an incident
# someone must look at (the error below), and a stale confirmation is better not sent.
MAX_ATTEMPTS = 75


def retry_delay(attempt: int) -> datetime.timedelta:
    return datetime.timedelta(seconds=RETRY_DELAYS[min(attempt, len(RETRY_DELAYS) - 1)])


def deliver(message: dict, *, attempt: int = 0) -> str:
    """Sends now; if the mail server refuses or cannot be reached, the message waits in the
    task queue and the worker tries again later. Whatever the visitor submitted is saved
    already, so a mail outage must not turn their answer into an error page."""
    try:
        EmailMessage(**message).send()
    except (smtplib.SMTPException, OSError) as error:
        if attempt >= MAX_ATTEMPTS:
            logger.error("Gave up e-mail to %s after %s tries: %s", message["to"], attempt, error)
            return "given up"
        logger.warning("E-mail to %s not sent (%s); queued for retry", message["to"], error)
        run_after = timezone.now() + retry_delay(attempt)
        retry_email.using(run_after=run_after).enqueue(message, attempt + 1)
        return f"refused ({error}); queued again"
    return "sent"


@task()
def retry_email(message: dict, attempt: int) -> str:
    return deliver(message, attempt=attempt)


@task()
def register_for_conference(
    conference_id: int, fields: dict, language_code: str, submitted_at: str
) -> str:
    """A conference registration form as the view checked it, booked and answered by e-mail
    here (pages.services.register_for_conference); `submitted_at`, in ISO 8601, is when the
    visitor consented."""
    # pages.services -> pages.notifications import deliver from this module.
    from pages.services import register_for_conference as book

    conference = ConferencePage.objects.filter(pk=conference_id).first()
    if conference is None:
        return "event gone; nothing booked"
    return book(
        conference=conference,
        fields=fields,
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
