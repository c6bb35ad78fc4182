"""Write-side operations on job applications. Every rule about time takes `now`.

Below the posting model (its `aplikuj/` route calls these): they import only the application
model, so the posting is a type hint here, not an import."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.core.files import File
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from jobs.alerts import send_new_application_alert
from jobs.models.applications import JobApplication, normalise_email
from jobs.models.history import ApplicationNote, ApplicationStatusChange
from jobs.notifications import send_application_received, send_application_status
from pages.defaults import template_text
from pages.services import change_status

if TYPE_CHECKING:
    from jobs.models import JobPostingPage


class ApplicationRefused(Exception):
    """The posting does not take applications now; the message is safe to show."""


class DuplicateApplication(ApplicationRefused):
    """This address has applied for this posting already; nothing new was stored or sent."""

    def __init__(self, earlier: JobApplication):
        received = date_format(timezone.localtime(earlier.created_at), "DATE_FORMAT")
        super().__init__(
            _(
                "Your application already reached us on %(date)s; there is no need to send it "
                "again. We will write to you when its status changes."
            )
            % {"date": received}
        )
        self.earlier = earlier


def _earlier_application(*, posting: JobPostingPage, email: str) -> JobApplication | None:
    return JobApplication.objects.filter(
        posting_key=posting.translation_key, email_normalised=normalise_email(email)
    ).first()


def check_accepts_applications(*, posting: JobPostingPage, now: datetime.datetime) -> None:
    """Raise ApplicationRefused when the posting takes no application on this site now."""
    if not posting.accepts_form_applications:
        raise ApplicationRefused(_("This posting takes applications elsewhere; see how to apply."))
    if not posting.live or not posting.is_open_at(now):
        raise ApplicationRefused(_("This posting is closed and no longer takes applications."))


def apply_for_job(
    *,
    posting: JobPostingPage,
    name: str,
    email: str,
    phone: str,
    cover_letter: str,
    cv: File,
    cv_extension: str,
    language_code: str,
    now: datetime.datetime,
) -> JobApplication:
    """Store an application (its CV already checked by content: `cv_extension` is what the
    check found) and acknowledge it by e-mail once committed."""
    check_accepts_applications(posting=posting, now=now)
    if earlier := _earlier_application(posting=posting, email=email):
        raise DuplicateApplication(earlier)
    application = JobApplication(
        posting=posting,
        name=name,
        email=email,
        phone=phone,
        cover_letter=cover_letter,
        cv=cv,
        cv_extension=cv_extension,
        language_code=language_code,
        consent_given_at=now,
    )
    try:
        with transaction.atomic():
            application.save()
            transaction.on_commit(lambda: send_application_received(application))
            transaction.on_commit(lambda: send_new_application_alert(application))
    except IntegrityError:
        # The same address, a moment ago, in a parallel request: the database's constraint
        # refused this row; its CV, already stored, goes too.
        application.cv.delete(save=False)
        earlier = _earlier_application(posting=posting, email=email)
        if earlier is None:
            raise
        raise DuplicateApplication(earlier) from None
    return application


def change_application_status(
    *,
    application: JobApplication,
    status: str,
    now: datetime.datetime,
    message: str = "",
    changed_by=None,
) -> bool:
    """Record a new status (or, with the same status, only a message), keep it in the
    application's history and the audit log, and tell the candidate once committed.
    Returns whether anything happened."""
    message = message.strip()
    previous = application.status
    if previous == status and not message:
        return False
    # No message typed: the organisation's own wording for this status, if it has one.
    message = message or template_text(
        page=application.posting,
        kind=status_message_kind(status),
        language_code=application.language_code,
    )
    with transaction.atomic():
        if previous != status:
            change_status(
                record=application,
                status=status,
                now=now,
                notify=lambda record: send_application_status(record, message=message),
            )
        else:
            transaction.on_commit(lambda: send_application_status(application, message=message))
        ApplicationStatusChange.objects.create(
            application=application,
            from_status=previous,
            to_status=status,
            changed_by=changed_by,
            changed_at=now,
            message=message,
        )
        audit(
            application,
            "jobs.application.status_changed",
            user=changed_by,
            data={"from": previous, "to": status, "message_sent": bool(message)},
        )
    return True


def status_message_kind(status: str) -> str:
    """The pages.MessageTemplate kind of the message sent with this status."""
    return f"jobs.application.{status}"


def add_application_note(
    *, application: JobApplication, text: str, author, now: datetime.datetime
) -> ApplicationNote:
    with transaction.atomic():
        note = ApplicationNote.objects.create(
            application=application, text=text.strip(), author=author, created_at=now
        )
        audit(application, "jobs.application.note_added", user=author)
    return note


def audit(application: JobApplication, action: str, *, user=None, data=None) -> None:
    """Wagtail's audit log, titled without the candidate's name: the log outlives the
    application when it is erased."""
    log(
        instance=application,
        action=action,
        user=user,
        data=data or {},
        title=f"#{application.pk} – {application.posting.title}",
    )
