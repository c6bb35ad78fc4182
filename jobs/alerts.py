"""Telling the organisation that an application arrived: at once, or once a day in a digest,
as each editor chose (pages.EditorNotificationPreference). Rules take `now`.

Below the posting model, like jobs.services (which calls it): the posting is a type hint."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.db.models import Q
from django.urls import reverse

from jobs.models.applications import JobApplication
from pages.defaults import defaults_for_page
from pages.models import EditorNotificationPreference, NotificationFrequency
from pages.notifications import absolute_url, send_templated
from pages.workspaces import organisation_editor_emails, organisation_pages_filter

if TYPE_CHECKING:
    from jobs.models import JobPostingPage

DIGEST_INTERVAL = datetime.timedelta(hours=23)


def notification_address(posting: JobPostingPage) -> str:
    """The posting's contact e-mail, else its organisation's notification e-mail, else ""."""
    if posting.contact_email:
        return posting.contact_email
    defaults = defaults_for_page(posting)
    return defaults.notification_email if defaults else ""


def _digest_addresses() -> set[str]:
    return {
        email.casefold()
        for email in EditorNotificationPreference.objects.filter(
            frequency=NotificationFrequency.DAILY
        ).values_list("user__email", flat=True)
    }


def addressed_to(posting: JobPostingPage, email: str) -> bool:
    """Whether the posting's new applications are announced to this address: its
    notification address, or, when it has none, every editor of its organisation."""
    address = notification_address(posting)
    if address:
        return address.casefold() == email.casefold()
    return email.casefold() in {e.casefold() for e in organisation_editor_emails(posting)}


def instant_recipients(*, posting: JobPostingPage) -> list[str]:
    """Everyone the posting's applications are announced to, but those who chose a digest."""
    address = notification_address(posting)
    candidates = [address] if address else organisation_editor_emails(posting)
    digest = _digest_addresses()
    return [email for email in candidates if email.casefold() not in digest]


def case_url(application: JobApplication) -> str:
    return absolute_url(reverse("job_applications:inspect", args=[application.pk]))


def send_new_application_alert(application: JobApplication) -> None:
    posting = application.posting
    recipients = instant_recipients(posting=posting)
    if not recipients:
        return
    send_templated(
        template="jobs/email/new_application",
        context={"application": application, "posting": posting, "url": case_url(application)},
        to=recipients,
        language_code=posting.locale.language_code,
        about=application,
    )


def digest_due(*, preference: EditorNotificationPreference, now: datetime.datetime) -> bool:
    return preference.last_digest_at is None or now - preference.last_digest_at >= DIGEST_INTERVAL


def digest_applications(*, user, since: datetime.datetime, now: datetime.datetime) -> list:
    """The applications that arrived in [since, now) and are announced to this editor."""
    applications = (
        JobApplication.objects.filter(created_at__gte=since, created_at__lt=now)
        .filter(organisation_pages_filter(user, field="posting__path") & ~Q(posting__path=""))
        .select_related("posting")
        .order_by("created_at")
    )
    return [app for app in applications if addressed_to(app.posting, user.email)]


def send_digests(*, now: datetime.datetime) -> int:
    """One digest per editor who chose it and is due; returns how many were sent."""
    sent = 0
    preferences = EditorNotificationPreference.objects.filter(
        frequency=NotificationFrequency.DAILY, user__is_active=True
    ).select_related("user")
    for preference in preferences:
        if not digest_due(preference=preference, now=now) or not preference.user.email:
            continue
        since = preference.last_digest_at or now - datetime.timedelta(days=1)
        applications = digest_applications(user=preference.user, since=since, now=now)
        if applications:
            send_templated(
                template="jobs/email/application_digest",
                context={
                    "applications": [(app, case_url(app)) for app in applications],
                    "count": len(applications),
                },
                to=[preference.user.email],
                language_code=applications[0].posting.locale.language_code,
            )
            sent += 1
        preference.last_digest_at = now
        preference.save(update_fields=["last_digest_at"])
    return sent
