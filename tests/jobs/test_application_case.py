"""The application's page in the admin holds the whole case, for its organisation only."""

from django.core import mail

from wagtail.models import ModelLogEntry

import pytest

from jobs.models import ApplicationNote, ApplicationStatus, ApplicationStatusChange

pytestmark = pytest.mark.django_db


def case_url(application) -> str:
    return f"/admin/job_applications/inspect/{application.pk}/"


def test_the_case_is_headed_by_the_candidate_and_the_posting_title_and_shows_the_cv(
    client, recruiter, received_application
):
    client.force_login(recruiter)

    page = client.get(case_url(received_application)).content.decode()

    assert "Anna Testowa – Księgowy / Księgowa" in page
    cv_url = f"/admin/job_applications/cv/{received_application.pk}/"
    assert f'href="{cv_url}" download' in page
    assert f'<iframe class="application-case__cv" src="{cv_url}"' in page
    assert "Chętnie poprowadzę księgi fundacji." in page


def test_the_listing_opens_the_case_and_names_the_posting_by_its_title(
    client, recruiter, received_application
):
    client.force_login(recruiter)

    listing = client.get("/admin/job_applications/").content.decode()

    assert case_url(received_application) in listing
    assert "Księgowy / Księgowa" in listing
    assert client.get(f"/admin/job_applications/edit/{received_application.pk}/").url == (
        case_url(received_application)
    )


def test_a_pdf_cv_opens_inline_in_a_same_origin_frame_and_a_docx_downloads(
    client, recruiter, received_application, open_posting
):
    from jobs.factories import JobApplicationFactory

    docx = JobApplicationFactory(posting=open_posting, cv_extension="docx")
    client.force_login(recruiter)

    pdf_response = client.get(f"/admin/job_applications/cv/{received_application.pk}/")
    docx_response = client.get(f"/admin/job_applications/cv/{docx.pk}/")

    assert pdf_response["Content-Type"] == "application/pdf"
    assert pdf_response["Content-Disposition"].startswith("inline")
    assert pdf_response["X-Frame-Options"] == "SAMEORIGIN"
    assert docx_response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert docx_response["Content-Disposition"].startswith("attachment")


def test_changing_the_status_with_a_message_mails_it_keeps_the_history_and_the_audit_log(
    client, recruiter, received_application, django_capture_on_commit_callbacks
):
    client.force_login(recruiter)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            case_url(received_application),
            {"action": "status", "status": "INVITED", "message": "Zapraszamy we wtorek o 10."},
        )

    assert response.status_code == 302
    received_application.refresh_from_db()
    assert received_application.status == ApplicationStatus.INVITED
    change = ApplicationStatusChange.objects.get(application=received_application)
    assert (change.from_status, change.to_status) == (
        ApplicationStatus.RECEIVED,
        ApplicationStatus.INVITED,
    )
    assert change.changed_by == recruiter
    assert mail.outbox[-1].to == ["anna@example.org"]
    assert "Zapraszamy we wtorek o 10." in mail.outbox[-1].body
    assert "Zaproszone" in mail.outbox[-1].body
    entry = ModelLogEntry.objects.get(action="jobs.application.status_changed")
    assert entry.user == recruiter
    assert entry.object_id == str(received_application.pk)
    assert "Anna" not in entry.label
    page = client.get(case_url(received_application)).content.decode()
    assert "Zapraszamy we wtorek o 10." in page
    assert "Renata Rekruter" in page


def test_an_internal_note_is_kept_audited_and_never_mailed(
    client, recruiter, received_application, django_capture_on_commit_callbacks
):
    client.force_login(recruiter)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(case_url(received_application), {"action": "note", "text": "Dobre CV."})

    assert ApplicationNote.objects.get().text == "Dobre CV."
    assert ModelLogEntry.objects.filter(action="jobs.application.note_added").exists()
    assert mail.outbox == []
    assert "Dobre CV." in client.get(case_url(received_application)).content.decode()


def test_an_empty_note_or_an_unknown_status_is_refused_with_a_message(
    client, recruiter, received_application
):
    client.force_login(recruiter)

    note = client.post(case_url(received_application), {"action": "note", "text": " "})
    status = client.post(case_url(received_application), {"action": "status", "status": "NOPE"})

    assert note.status_code == 400
    assert status.status_code == 400
    assert not ApplicationNote.objects.exists()
    received_application.refresh_from_db()
    assert received_application.status == ApplicationStatus.RECEIVED


def test_an_editor_of_another_organisation_can_neither_see_nor_change_the_case(
    client, stranger, received_application
):
    client.force_login(stranger)

    shown = client.get(case_url(received_application))
    changed = client.post(case_url(received_application), {"action": "status", "status": "HIRED"})
    noted = client.post(case_url(received_application), {"action": "note", "text": "x"})

    assert shown.status_code == 404
    assert changed.status_code == 404
    assert noted.status_code == 404
    received_application.refresh_from_db()
    assert received_application.status == ApplicationStatus.RECEIVED
    assert not ApplicationNote.objects.exists()


@pytest.mark.parametrize("language", ["pl", "en"])
def test_every_application_status_has_a_word_of_its_own_in_each_language(language):
    from django.utils import translation

    with translation.override(language):
        words = [str(label) for label in ApplicationStatus.labels]

    assert len(set(words)) == len(words)
    if language == "pl":
        assert words == ["Otrzymane", "W toku", "Zaproszone", "Przyjęte", "Odrzucone", "Wycofane"]
