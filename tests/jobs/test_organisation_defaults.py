"""An organisation words its notice, retention and messages once; its postings take them."""

from django.core import mail
from django.urls import reverse

import pytest

from jobs.models import ApplicationStatus
from jobs.services import change_application_status
from pages.models import MessageTemplate, OrganisationDefaults

pytestmark = pytest.mark.django_db


@pytest.fixture
def defaults(organisation):
    return OrganisationDefaults.objects.get(organisation=organisation)


def edit_url(defaults) -> str:
    return reverse("organisation_settings:edit", args=[defaults.pk])


def form_data(**overrides) -> dict:
    return {
        "notification_email": "rekrutacja@alfa.example.org",
        "data_protection_notice": '{"blocks": [{"key": "a", "type": "unstyled", "text": '
        '"Administratorem danych jest Fundacja Alfa.", "depth": 0, "inlineStyleRanges": [], '
        '"entityRanges": []}], "entityMap": {}}',
        "retention_months": "12",
        "message_templates-TOTAL_FORMS": "0",
        "message_templates-INITIAL_FORMS": "0",
        "message_templates-MIN_NUM_FORMS": "0",
        "message_templates-MAX_NUM_FORMS": "1000",
    } | overrides


def test_an_organisations_editor_edits_its_defaults_and_another_cannot_even_see_them(
    client, recruiter, stranger, defaults
):
    client.force_login(stranger)
    foreign_view = client.get(edit_url(defaults))
    foreign_post = client.post(edit_url(defaults), form_data(retention_months="1"))
    client.force_login(recruiter)

    saved = client.post(edit_url(defaults), form_data())

    assert foreign_view.status_code == 404
    assert foreign_post.status_code == 404
    assert saved.status_code == 302
    defaults.refresh_from_db()
    assert defaults.retention_months == 12
    assert defaults.notification_email == "rekrutacja@alfa.example.org"


def test_a_message_templates_language_is_chosen_from_the_sites_languages(
    client, recruiter, defaults
):
    client.force_login(recruiter)

    html = client.get(edit_url(defaults)).content.decode()

    field = html.split('name="message_templates-__prefix__-language_code"')[1].split("</select>")[0]
    assert '<option value="pl">' in field
    assert '<option value="en">' in field


def test_a_new_posting_starts_with_its_organisations_notice_and_retention(
    client, recruiter, defaults, job_index
):
    defaults.data_protection_notice = "<p>Administratorem danych jest Fundacja Alfa.</p>"
    defaults.retention_months = 12
    defaults.save()
    client.force_login(recruiter)

    form = client.get(
        reverse("wagtailadmin_pages:add", args=("jobs", "jobpostingpage", job_index.pk))
    ).context["form"]

    assert form.initial["retention_months"] == 12
    assert "Fundacja Alfa" in form.initial["data_protection_notice"]


def test_a_status_change_without_a_message_sends_the_organisations_template(
    defaults, received_application, django_capture_on_commit_callbacks
):
    MessageTemplate.objects.create(
        defaults=defaults,
        kind="jobs.application.INVITED",
        language_code="pl",
        body="Zapraszamy na rozmowę do biura przy Rynku 1.",
    )

    with django_capture_on_commit_callbacks(execute=True):
        change_application_status(
            application=received_application,
            status=ApplicationStatus.INVITED,
            now=received_application.created_at,
        )

    assert "Zapraszamy na rozmowę do biura przy Rynku 1." in mail.outbox[-1].body
    assert received_application.status_changes.get().message.startswith("Zapraszamy")
