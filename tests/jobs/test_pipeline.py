"""One posting's pipeline: counts by status, filters, one status change for many, export."""

import datetime

from django.core import mail
from django.utils import timezone

import pytest

from jobs.factories import JobApplicationFactory
from jobs.models import ApplicationStatus, JobApplication

pytestmark = pytest.mark.django_db


def pipeline_url(posting) -> str:
    return f"/admin/job_applications/posting/{posting.pk}/"


@pytest.fixture
def three_applications(open_posting):
    invited = JobApplicationFactory(
        posting=open_posting, name="Ewa Zaproszona", status=ApplicationStatus.INVITED
    )
    old = JobApplicationFactory(posting=open_posting, name="Olga Dawna")
    JobApplication.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=30)
    )
    new = JobApplicationFactory(posting=open_posting, name="Nina Nowa")
    return invited, old, new


def test_the_pipeline_counts_each_status_and_filters_by_status_and_date(
    client, recruiter, open_posting, three_applications
):
    client.force_login(recruiter)
    week_ago = (timezone.localdate() - datetime.timedelta(days=7)).isoformat()

    response = client.get(pipeline_url(open_posting))
    invited_only = client.get(pipeline_url(open_posting), {"status": "INVITED"})
    recent_only = client.get(pipeline_url(open_posting), {"created_at_from": week_ago})

    counts = {status: count for status, _word, count in response.context["counts"]}
    assert counts[ApplicationStatus.RECEIVED] == 2
    assert counts[ApplicationStatus.INVITED] == 1
    assert counts[ApplicationStatus.HIRED] == 0
    assert [a.name for a in invited_only.context["page_obj"]] == ["Ewa Zaproszona"]
    assert "Olga Dawna" not in [a.name for a in recent_only.context["page_obj"]]
    assert "Rekrutacja: Księgowy / Księgowa" in response.content.decode()


def test_one_bulk_change_moves_the_chosen_applications_and_mails_each_the_message(
    client, recruiter, open_posting, three_applications, django_capture_on_commit_callbacks
):
    _invited, old, new = three_applications
    client.force_login(recruiter)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            pipeline_url(open_posting),
            {
                "applications": [old.pk, new.pk],
                "status": "REJECTED",
                "message": "Dziękujemy za zgłoszenie.",
            },
            follow=True,
        )

    assert set(
        JobApplication.objects.filter(status=ApplicationStatus.REJECTED).values_list(
            "pk", flat=True
        )
    ) == {old.pk, new.pk}
    assert sorted(m.to[0] for m in mail.outbox) == sorted([old.email, new.email])
    assert all("Dziękujemy za zgłoszenie." in m.body for m in mail.outbox)
    assert "2 zgłoszenia przeniesiono" in response.content.decode()


def test_an_editor_of_another_organisation_gets_no_pipeline_and_changes_nothing(
    client, stranger, open_posting, three_applications
):
    _invited, old, _new = three_applications
    client.force_login(stranger)

    shown = client.get(pipeline_url(open_posting))
    changed = client.post(pipeline_url(open_posting), {"applications": [old.pk], "status": "HIRED"})

    assert shown.status_code == 404
    assert changed.status_code == 404
    assert not JobApplication.objects.filter(status=ApplicationStatus.HIRED).exists()


def test_the_postings_csv_export_neutralises_formulas(client, recruiter, open_posting):
    JobApplicationFactory(posting=open_posting, name='=HYPERLINK("https://evil.example","CV")')
    client.force_login(recruiter)

    response = client.get("/admin/job_applications/", {"posting": open_posting.pk, "export": "csv"})

    body = b"".join(response.streaming_content).decode()
    assert "'=HYPERLINK" in body
    assert "Otrzymane" in body


def test_the_pipelines_header_names_the_recruitment_not_only_the_admin_home(
    client, recruiter, open_posting
):
    client.force_login(recruiter)

    response = client.get(pipeline_url(open_posting))

    labels = [str(item["label"]) for item in response.context["breadcrumbs_items"]]
    assert labels[-1] == "Rekrutacja: Księgowy / Księgowa"
    assert len(labels) == 3
