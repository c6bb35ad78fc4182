"""Write-side operations on job applications. Every rule about time takes `now`.

Below the posting model (its `aplikuj/` route calls these): they import only the application
model, so the posting is a type hint here, not an import."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.core.files import File
from django.db import transaction
from django.utils.translation import gettext as _

from jobs.models.applications import JobApplication
from jobs.notifications import send_application_received, send_application_status
from pages.services import change_status

if TYPE_CHECKING:
    from jobs.models import JobPostingPage


class ApplicationRefused(Exception):
    """The posting does not take applications now; the message is safe to show."""


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
    with transaction.atomic():
        application = JobApplication.objects.create(
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
        transaction.on_commit(lambda: send_application_received(application))
    return application


def change_application_status(
    *, application: JobApplication, status: str, now: datetime.datetime
) -> bool:
    """Record a new status and tell the applicant; returns whether anything changed."""
    return change_status(record=application, status=status, now=now, notify=send_application_status)
