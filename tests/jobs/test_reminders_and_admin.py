import datetime
import re

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.test.utils.form_data import nested_form_data, rich_text

import pytest

from jobs.factories import JobPostingPageFactory
from jobs.models import JobPostingPage
from pages.models import OrganisationWorkspace

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(organisation, django_user_model):
    user = django_user_model.objects.create_user("redaktorka", "redaktorka@example.org", "pw")
    user.groups.add(
        OrganisationWorkspace.objects.get(translation_key=organisation.translation_key).group
    )
    return user


@pytest.fixture
def closing_soon(board, job_index, accounting):
    return JobPostingPageFactory(
        parent=job_index,
        category=accounting,
        title="Księgowy / Księgowa",
        deadline_date=timezone.localdate() + datetime.timedelta(days=2),
    )


def test_editors_get_one_reminder_with_a_working_extension_link(client, editor, closing_soon):
    JobPostingPageFactory(
        parent=closing_soon.get_parent(),
        category=closing_soon.category,
        deadline_date=timezone.localdate() + datetime.timedelta(days=20),
    )

    call_command("send_job_deadline_reminders", verbosity=0)
    call_command("send_job_deadline_reminders", verbosity=0)

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["redaktorka@example.org"]
    link = re.search(r"https?://\S+/praca-przedluz/\S+/", message.body).group(0)
    path = "/" + link.split("/", 3)[3]

    confirm = client.get(path)
    extended = client.post(path)

    assert confirm.status_code == 200
    assert extended.status_code == 200
    closing_soon = JobPostingPage.objects.get(pk=closing_soon.pk)
    assert closing_soon.deadline_date == timezone.localdate() + datetime.timedelta(days=16)
    assert closing_soon.live
    assert client.post(path).status_code == 400  # one link extends once


def test_a_tampered_extension_link_is_refused(client, closing_soon):
    response = client.get("/praca-przedluz/not-a-valid-token/")

    assert response.status_code == 400
    assert (
        JobPostingPage.objects.get(pk=closing_soon.pk).deadline_date == closing_soon.deadline_date
    )


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("root", "r@example.org", "pw"))
    return client


def _posting_form(accounting, **overrides):
    data = {
        "title": "Księgowa",
        "slug": "ksiegowa",
        "category": accounting.pk,
        "employment_type": "EMPLOYMENT_CONTRACT",
        "working_time": "FULL_TIME",
        "salary_min": "7000",
        "salary_max": "9000",
        "salary_basis": "GROSS",
        "salary_period": "MONTH",
        "work_mode": "ON_SITE",
        "city": "Kraków",
        "deadline_date": (timezone.localdate() + datetime.timedelta(days=10)).isoformat(),
        "summary": "Opis.",
        "responsibilities": rich_text("<p>Księgi.</p>"),
        "requirements": rich_text("<p>Doświadczenie.</p>"),
        "offer": rich_text("<p>Umowa.</p>"),
        "apply_method": "FORM",
        "data_protection_notice": rich_text("<p>RODO.</p>"),
        "retention_months": "6",
    }
    data.update(overrides)
    return nested_form_data(data)


def _add_url(job_index):
    return reverse("wagtailadmin_pages:add", args=("jobs", "jobpostingpage", job_index.pk))


def test_the_admin_warns_when_a_title_names_one_gender_only(admin_client, job_index, accounting):
    response = admin_client.post(_add_url(job_index), _posting_form(accounting), follow=True)

    assert JobPostingPage.objects.filter(slug="ksiegowa").exists()
    assert "Księgowy / Księgowa" in response.content.decode()


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"salary_min": ""}, "salary_min"),
        ({"salary_max": ""}, "salary_max"),
        ({"salary_min": "9000", "salary_max": "7000"}, "salary_max"),
        ({"salary_min": "0"}, "salary_min"),
        ({"working_time": "PART_TIME"}, "hours_per_week"),
        ({"apply_method": "EMAIL"}, "application_email"),
        ({"city": ""}, "city"),
    ],
)
def test_the_admin_refuses_postings_without_a_real_salary_or_required_details(
    admin_client, job_index, accounting, overrides, field
):
    response = admin_client.post(_add_url(job_index), _posting_form(accounting, **overrides))

    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not JobPostingPage.objects.filter(slug="ksiegowa").exists()
