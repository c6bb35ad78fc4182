"""The admin's lists speak Polish: Wagtail's empty-list sentence and its count, which its own
catalogue leaves in English or puts after the number in the wrong plural form."""

import pytest

from jobs.factories import JobApplicationFactory

pytestmark = pytest.mark.django_db

APPLICATIONS = "/admin/job_applications/"


def test_an_empty_admin_list_says_so_in_polish(client, recruiter):
    client.force_login(recruiter)

    html = client.get(APPLICATIONS).content.decode()

    assert "There are no" not in html
    assert "Lista „zgłoszenia” jest pusta." in html


def test_an_admin_list_counts_after_its_name_so_no_plural_form_is_needed(
    client, recruiter, open_posting
):
    JobApplicationFactory.create_batch(2, posting=open_posting)
    client.force_login(recruiter)

    html = client.get(APPLICATIONS).content.decode()

    assert "Zgłoszenia: 2" in html


def test_a_posting_saved_with_errors_is_told_so_in_polish(client, recruiter, job_index):
    client.force_login(recruiter)

    response = client.post(
        f"/admin/pages/add/jobs/jobpostingpage/{job_index.pk}/", {"title": ""}, follow=True
    )

    html = response.content.decode()
    assert "could not be created" not in html
    assert "Nie udało się utworzyć strony: formularz zawiera błędy." in html
    assert "Przejdź do pierwszego błędu" in html


def test_the_locked_pages_report_heads_its_columns_in_polish(admin_client):
    html = admin_client.get("/admin/reports/locked/").content.decode()

    assert "Locked by" not in html
    assert "Zablokowane przez" in html
