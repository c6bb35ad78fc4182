"""A second application from the same address to the same posting is refused kindly, and the
database holds that rule even for two requests at the same moment."""

import threading

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

import pytest

from jobs.factories import JobApplicationFactory
from jobs.models import JobApplication
from jobs.services import DuplicateApplication, apply_for_job

PDF = b"%PDF-1.4\n%%EOF\n"


def application_data(**overrides) -> dict:
    return {
        "name": "Anna Testowa",
        "email": "anna@example.org",
        "phone": "",
        "cover_letter": "",
        "cv": SimpleUploadedFile("cv.pdf", PDF),
        "cv_extension": "pdf",
        "language_code": "pl",
    } | overrides


@pytest.mark.django_db
def test_a_second_application_from_the_same_address_gets_a_kind_message_and_no_email(
    client, open_posting, django_capture_on_commit_callbacks
):
    form = {"name": "Anna Testowa", "email": "anna@example.org", "consent": "on"}
    with django_capture_on_commit_callbacks(execute=True):
        client.post(open_posting.url + "aplikuj/", form | {"cv": SimpleUploadedFile("a.pdf", PDF)})
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        again = client.post(
            open_posting.url + "aplikuj/",
            form | {"email": " Anna@Example.org", "cv": SimpleUploadedFile("b.pdf", PDF)},
        )

    assert again.status_code == 409
    page = again.content.decode()
    assert "Twoje zgłoszenie już do nas dotarło" in page
    assert timezone.localdate().strftime("%Y") in page
    assert JobApplication.objects.count() == 1
    assert mail.outbox == []


@pytest.mark.django_db
def test_the_database_refuses_a_duplicate_that_skipped_the_check(open_posting):
    JobApplicationFactory(posting=open_posting, email="anna@example.org")

    with pytest.raises(IntegrityError), transaction.atomic():
        JobApplicationFactory(posting=open_posting, email="ANNA@example.org ")


@pytest.mark.django_db
def test_other_addresses_and_other_postings_still_apply(open_posting, job_index, accounting):
    from jobs.factories import JobPostingPageFactory

    other_posting = JobPostingPageFactory(parent=job_index, category=accounting)
    now = timezone.now()
    apply_for_job(posting=open_posting, **application_data(), now=now)

    apply_for_job(posting=open_posting, **application_data(email="ewa@example.org"), now=now)
    apply_for_job(posting=other_posting, **application_data(), now=now)

    assert JobApplication.objects.count() == 3


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_applications_from_one_address_store_one_row_and_send_one_email(
    open_posting,
):
    if connection.vendor != "postgresql":
        pytest.skip("two concurrent transactions need PostgreSQL")
    start = threading.Barrier(2)
    outcomes = []

    def apply_in_own_transaction():
        try:
            start.wait(timeout=10)
            apply_for_job(posting=open_posting, **application_data(), now=timezone.now())
            outcomes.append("stored")
        except DuplicateApplication:
            outcomes.append("duplicate")
        finally:
            connection.close()

    threads = [threading.Thread(target=apply_in_own_transaction) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert sorted(outcomes) == ["duplicate", "stored"]
    assert JobApplication.objects.count() == 1
    assert len(mail.outbox) == 1
