"""Editor-side operations of the job board over postings: the deadline-extension link, the
reminders and the retention of applications. Every rule about time takes `now`."""

import datetime

from django.core import signing
from django.urls import reverse

from jobs import lifecycle
from jobs.models import JobApplication, JobPostingPage
from jobs.models.applications import CV_FOLDER
from jobs.notifications import send_deadline_reminder
from jobs.selectors import postings_needing_reminder
from jobs.storage import private_storage
from pages.notifications import absolute_url
from pages.workspaces import organisation_editor_emails

EXTEND_SALT = "jobs.extend-deadline"
EXTEND_LINK_MAX_AGE = datetime.timedelta(days=10)


def extend_token(posting: JobPostingPage) -> str:
    # Bound to the current deadline, so one link extends once.
    return signing.dumps(
        {"page": posting.pk, "deadline": posting.deadline_date.isoformat()}, salt=EXTEND_SALT
    )


def extend_url(posting: JobPostingPage) -> str:
    return absolute_url(reverse("jobs_extend_deadline", args=[extend_token(posting)]))


def posting_for_extend_token(token: str) -> JobPostingPage:
    """Raises signing.BadSignature (or SignatureExpired) for a bad or stale link."""
    data = signing.loads(token, salt=EXTEND_SALT, max_age=EXTEND_LINK_MAX_AGE)
    posting = JobPostingPage.objects.get(pk=data["page"])
    if posting.deadline_date.isoformat() != data["deadline"]:
        raise signing.BadSignature("The deadline has changed since this link was sent.")
    return posting


def extend_deadline(*, posting: JobPostingPage, now: datetime.datetime) -> JobPostingPage:
    """Move the deadline on by two weeks and publish it, as a new revision."""
    posting.deadline_date = lifecycle.extended_deadline(
        deadline_date=posting.deadline_date, now=now
    )
    revision = posting.save_revision(log_action=True)
    revision.publish()
    return posting


def send_deadline_reminders(*, now: datetime.datetime) -> int:
    sent = 0
    for posting in postings_needing_reminder(now=now).specific():
        if not lifecycle.reminder_due(
            deadline_date=posting.deadline_date,
            reminded_for_date=posting.reminded_for_date,
            now=now,
        ):
            continue
        recipients = organisation_editor_emails(posting)
        if recipients:
            send_deadline_reminder(
                posting=posting, recipients=recipients, extend_url=extend_url(posting)
            )
            sent += 1
        # Saved on the row, not as a revision: it is bookkeeping, not content.
        JobPostingPage.objects.filter(pk=posting.pk).update(reminded_for_date=posting.deadline_date)
    return sent


def purge_expired_applications(*, now: datetime.datetime) -> int:
    """Delete applications (and their CV files) past their posting's retention period."""
    deleted = 0
    candidates = JobApplication.objects.select_related("posting").filter(
        posting__deadline_date__lt=lifecycle.local_date(now)
    )
    for application in candidates.iterator():
        posting = application.posting
        if lifecycle.application_expired(
            deadline_date=posting.deadline_date,
            retention_months=posting.retention_months,
            now=now,
        ):
            # The CV file goes with the row (jobs.signal_handlers.application_deleted).
            application.delete()
            deleted += 1
    return deleted


def purge_orphan_cvs(*, now: datetime.datetime) -> int:
    """Delete CV files that no application refers to (a row deleted by raw SQL, a restore, an
    upload whose transaction rolled back), once they are older than the grace period."""
    storage = private_storage()
    try:
        _, names = storage.listdir(CV_FOLDER)
    except FileNotFoundError:  # no CV yet (a bucket has no folders to miss)
        return 0
    referenced = set(JobApplication.objects.values_list("cv", flat=True))
    deleted = 0
    for name in (f"{CV_FOLDER}/{name}" for name in names):
        if name in referenced:
            continue
        if lifecycle.orphan_removable(modified_at=storage.get_modified_time(name), now=now):
            storage.delete(name)
            deleted += 1
    return deleted
