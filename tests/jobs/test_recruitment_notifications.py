"""The organisation hears of new applications, at once or in a daily digest, and sees them
on its dashboard."""

import datetime

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

import pytest

from jobs.alerts import send_digests
from jobs.dashboard import recruitment_summary
from jobs.factories import JobApplicationFactory, JobPostingPageFactory
from jobs.models import JobApplication
from jobs.services import apply_for_job
from pages.models import EditorNotificationPreference, NotificationFrequency, OrganisationDefaults

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)


def apply(posting, *, email="anna@example.org", now=None):
    with_cv = SimpleUploadedFile("cv.pdf", b"%PDF-1.4\n%%EOF\n")
    return apply_for_job(
        posting=posting,
        name="Anna Testowa",
        email=email,
        phone="",
        cover_letter="",
        cv=with_cv,
        cv_extension="pdf",
        language_code="pl",
        now=now or timezone.now(),
    )


def alerts():
    return [message for message in mail.outbox if "Nowe zgłoszenie" in message.subject]


def test_a_new_application_is_announced_at_once_to_the_postings_contact(
    open_posting, django_capture_on_commit_callbacks
):
    open_posting.contact_email = "kadry@alfa.example.org"
    open_posting.save()

    with django_capture_on_commit_callbacks(execute=True):
        application = apply(open_posting)

    [alert] = alerts()
    assert alert.to == ["kadry@alfa.example.org"]
    assert f"/admin/job_applications/inspect/{application.pk}/" in alert.body


def test_without_a_contact_the_organisations_notification_email_is_told(
    open_posting, organisation, django_capture_on_commit_callbacks
):
    OrganisationDefaults.objects.filter(organisation=organisation).update(
        notification_email="rekrutacja@alfa.example.org"
    )

    with django_capture_on_commit_callbacks(execute=True):
        apply(open_posting)

    assert [alert.to for alert in alerts()] == [["rekrutacja@alfa.example.org"]]


def test_an_editor_who_chose_the_digest_gets_one_e_mail_a_day_instead(
    open_posting, recruiter, django_capture_on_commit_callbacks
):
    open_posting.contact_email = recruiter.email
    open_posting.save()
    EditorNotificationPreference.objects.create(
        user=recruiter, frequency=NotificationFrequency.DAILY, last_digest_at=NOW
    )
    with django_capture_on_commit_callbacks(execute=True):
        first = apply(open_posting)
        second = apply(open_posting, email="ewa@example.org")
    JobApplication.objects.filter(pk__in=[first.pk, second.pk]).update(
        created_at=NOW + datetime.timedelta(hours=2)
    )
    assert alerts() == []

    too_early = send_digests(now=NOW + datetime.timedelta(hours=20))
    sent = send_digests(now=NOW + datetime.timedelta(days=1))
    again = send_digests(now=NOW + datetime.timedelta(days=1, hours=1))

    assert (too_early, sent, again) == (0, 1, 0)
    [digest] = [message for message in mail.outbox if message.to == [recruiter.email]]
    assert digest.subject == "2 nowe zgłoszenia"
    assert f"/admin/job_applications/inspect/{second.pk}/" in digest.body


def test_the_dashboard_counts_new_applications_closing_postings_for_own_organisations_only(
    client, recruiter, stranger, open_posting, job_index, accounting, organisation
):
    JobApplicationFactory(posting=open_posting)
    JobApplicationFactory(posting=open_posting)
    JobPostingPageFactory(
        parent=job_index,
        category=accounting,
        deadline_date=timezone.localdate() + datetime.timedelta(days=3),
    )

    summary = recruitment_summary(organisation=organisation, now=timezone.now())
    client.force_login(recruiter)
    own = client.get("/admin/").content.decode()
    client.force_login(stranger)
    foreign = client.get("/admin/").content.decode()

    assert (summary.new_applications, summary.closing_this_week) == (2, 1)
    assert "2 nowe zgłoszenia" in own
    assert "Fundacja Alfa" in own
    assert "Fundacja Alfa" not in foreign
