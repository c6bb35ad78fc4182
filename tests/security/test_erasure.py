"""Erasing a volunteer or removing an applicant leaves nothing of them anywhere: not in any
table (the task queue holds e-mails waiting for the mail server, with names, addresses and
messages), not in the private files, not in the logs; and finished tasks do not pile up."""

import datetime
import smtplib
from pathlib import Path
from unittest import mock

from django.apps import apps
from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.db import models
from django.urls import reverse
from django.utils import timezone

import pytest
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from jobs.models import JobApplication, JobPostingPage
from pages.models import ConferenceRegistration
from pages.tasks import MAX_ATTEMPTS, forget_messages, retry_email
from tests.search.conftest import run_tasks
from tests.security.conftest import waiting
from volunteering.models import Volunteer

pytestmark = pytest.mark.django_db

TEXT_FIELDS = (models.CharField, models.TextField, models.JSONField, models.FileField)


def rows_mentioning(text: str) -> list[str]:
    """`app.Model.field` of every row, in every table, whose text or JSON holds `text`."""
    found = []
    for model in apps.get_models():
        meta = model._meta
        if meta.proxy or not meta.managed:
            continue
        for field in meta.concrete_fields:
            if not isinstance(field, TEXT_FIELDS):
                continue
            rows = meta.base_manager.filter(**{f"{field.attname}__icontains": text})
            if rows.exists():
                found.append(f"{meta.label}.{field.name}")
    return found


def private_files() -> list[Path]:
    return [path for path in Path(settings.PRIVATE_MEDIA_ROOT).rglob("*") if path.is_file()]


def queue_and_retry_once():
    """The first attempt failed already (a task waits); the worker tries once more and fails
    again: one finished task row and one waiting, both holding the message."""
    waiting().update(run_after=timezone.now())
    run_tasks()
    assert DBTaskResult.objects.filter(status=TaskResultStatus.SUCCESSFUL).exists()
    assert waiting().exists()


@pytest.fixture
def volunteer_with_queued_mail(client, public_forms, refusing_mail_server):
    interest = public_forms["volunteer-interest"]
    interest.prepare(client)
    volunteer = Volunteer.objects.get(email="wolontariuszka@example.org")
    response = interest.post(client)
    assert response.status_code < 400
    queue_and_retry_once()
    return volunteer


def test_erasing_a_volunteer_leaves_them_in_no_table_nor_task(client, volunteer_with_queued_mail):
    volunteer = volunteer_with_queued_mail
    traces = [volunteer.email, volunteer.name, "Chętnie pomogę w soboty", "w soboty"]
    assert rows_mentioning(volunteer.email), "the scan finds the volunteer before erasure"

    response = client.post(reverse("volunteering:erase"))

    assert response.status_code == 200
    assert {trace: rows_mentioning(trace) for trace in traces} == {trace: [] for trace in traces}


@pytest.fixture
def applicant_with_queued_mail(client, public_forms, refusing_mail_server):
    response = public_forms["job-application"].post(client)
    assert response.status_code < 400
    queue_and_retry_once()
    return JobApplication.objects.get()


def _purge(application, admin_client):
    JobPostingPage.objects.filter(pk=application.posting_id).update(
        deadline_date=timezone.localdate() - datetime.timedelta(days=400)
    )
    call_command("purge_job_applications", verbosity=0)


def _delete_in_the_admin(application, admin_client):
    response = admin_client.post(f"/admin/job_applications/delete/{application.pk}/")
    assert response.status_code == 302


def _delete_the_posting(application, admin_client):
    response = admin_client.post(f"/admin/pages/{application.posting_id}/delete/")
    assert response.status_code == 302


@pytest.mark.parametrize("remove", [_purge, _delete_in_the_admin, _delete_the_posting])
def test_a_removed_applicant_is_in_no_table_task_or_private_file(
    admin_client, applicant_with_queued_mail, remove
):
    application = applicant_with_queued_mail
    cv = Path(application.cv.path)
    traces = [application.email, application.name, "chętnie dołączę", application.cv.name]
    assert rows_mentioning(application.email), "the scan finds the applicant before removal"
    assert cv in private_files()

    remove(application, admin_client)

    assert {trace: rows_mentioning(trace) for trace in traces} == {trace: [] for trace in traces}
    assert cv not in private_files()


def test_a_deleted_conference_registration_leaves_no_queued_confirmation_nor_booking_task(
    client, public_forms, refusing_mail_server
):
    public_forms["conference-registration"].post(client)
    run_tasks()  # the worker books the place; its confirmation waits for the mail server
    assert ConferenceRegistration.objects.filter(email="anna@example.org").exists()
    assert waiting().exists()

    ConferenceRegistration.objects.all().delete()

    assert rows_mentioning("anna@example.org") == []


def test_sending_failing_and_retrying_logs_no_address_or_body(
    client, public_forms, refusing_mail_server, caplog
):
    caplog.set_level("DEBUG")
    public_forms["job-application"].post(client)
    queue_and_retry_once()
    row = waiting().get()
    message, _ = row.args_kwargs["args"]
    refused = smtplib.SMTPRecipientsRefused(
        {"zofia@example.org": (550, b"5.1.1 <zofia@example.org>: Recipient address rejected")}
    )
    with mock.patch("django.core.mail.EmailMessage.send", side_effect=refused):
        retry_email.call(message, 3, **row.args_kwargs["kwargs"])
        retry_email.call(message, MAX_ATTEMPTS, **row.args_kwargs["kwargs"])

    assert "not sent" in caplog.text and "Gave up" in caplog.text
    assert "@example.org" not in caplog.text
    assert message["body"].strip().splitlines()[0] not in caplog.text
    returned = " ".join(str(r.return_value) for r in DBTaskResult.objects.all())
    assert "@example.org" not in returned


def test_finished_tasks_are_pruned_after_the_retention_period(settings):
    settings.TASK_RESULT_RETENTION_DAYS = 7
    now = timezone.now()
    message = {"subject": "Temat", "body": "Treść", "to": ["a@example.org"], "headers": {}}
    old, recent, queued = (retry_email.enqueue(message, 1).id for _ in range(3))
    DBTaskResult.objects.filter(pk__in=[old, recent]).update(status=TaskResultStatus.SUCCESSFUL)
    DBTaskResult.objects.filter(pk=old).update(finished_at=now - datetime.timedelta(days=8))
    DBTaskResult.objects.filter(pk=recent).update(finished_at=now - datetime.timedelta(days=6))

    call_command("prune_task_results", verbosity=0)

    assert {str(pk) for pk in DBTaskResult.objects.values_list("pk", flat=True)} == {recent, queued}


def test_an_e_mail_a_worker_is_sending_during_erasure_is_emptied_and_never_sent_again():
    message = {"subject": "Temat", "body": "Treść", "to": ["a@example.org"], "headers": {}}
    task_id = retry_email.enqueue(message, 1, owner="volunteering.volunteer:1").id
    DBTaskResult.objects.get(pk=task_id).claim("worker-sending-it")

    forget_messages("volunteering.volunteer:1")

    row = DBTaskResult.objects.get(pk=task_id)
    assert "a@example.org" not in str(row.args_kwargs)
    mail.outbox = []
    outcome = retry_email.call(*row.args_kwargs["args"], **row.args_kwargs["kwargs"])
    assert outcome == "erased before sending"
    assert not mail.outbox
