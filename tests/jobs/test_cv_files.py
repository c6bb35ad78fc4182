"""A CV file lives exactly as long as its application: every way of deleting the row deletes
the file, and `purge_orphan_cvs` removes files that lost their row some other way."""

import datetime
import os
from pathlib import Path

from django.core.management import call_command

import pytest

from jobs.factories import JobApplicationFactory, JobPostingPageFactory
from jobs.models import JobApplication
from jobs.storage import private_storage

pytestmark = pytest.mark.django_db


@pytest.fixture
def posting(board, job_index, accounting):
    return JobPostingPageFactory(parent=job_index, category=accounting)


def test_deleting_an_application_in_the_admin_deletes_its_cv(
    admin_client, posting, django_capture_on_commit_callbacks
):
    application = JobApplicationFactory(posting=posting)
    cv = Path(application.cv.path)

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(f"/admin/job_applications/delete/{application.pk}/")

    assert response.status_code == 302
    assert not JobApplication.objects.exists()
    assert not cv.exists()


def test_deleting_a_posting_deletes_the_cvs_of_its_applications(
    admin_client, posting, django_capture_on_commit_callbacks
):
    cvs = [Path(JobApplicationFactory(posting=posting).cv.path) for _ in range(2)]

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(f"/admin/pages/{posting.pk}/delete/")

    assert response.status_code == 302
    assert not JobApplication.objects.exists()
    assert not any(cv.exists() for cv in cvs)


def test_a_deletion_rolled_back_keeps_the_cv(posting, django_capture_on_commit_callbacks):
    application = JobApplicationFactory(posting=posting)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        application.delete()

    assert callbacks, "the file is deleted only once the deletion is committed"
    assert Path(application.cv.path).exists()


def _age(name: str, *, hours: int) -> None:
    old = (datetime.datetime.now() - datetime.timedelta(hours=hours)).timestamp()
    os.utime(private_storage().path(name), (old, old))


def test_orphan_cvs_are_found_and_removed_and_files_with_rows_kept(posting):
    kept = JobApplicationFactory(posting=posting)
    orphan = private_storage().save("cv/orphan.pdf", kept.cv.file)
    fresh = private_storage().save("cv/being-uploaded.pdf", kept.cv.file)
    _age(kept.cv.name, hours=48)
    _age(orphan, hours=48)

    call_command("purge_orphan_cvs", verbosity=0)

    assert private_storage().exists(kept.cv.name)
    assert not private_storage().exists(orphan)
    # A file saved moments ago may belong to an application still being committed.
    assert private_storage().exists(fresh)
    private_storage().delete(fresh)
