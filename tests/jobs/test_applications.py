import datetime
import io
import zipfile
from pathlib import Path

from django.conf import settings
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

import pytest

from jobs.factories import JobPostingPageFactory
from jobs.models import ApplicationStatus, ApplyMethod, JobApplication
from jobs.services import ApplicationRefused, apply_for_job
from pages.models import OrganisationWorkspace
from tests.form_assertions import assert_confirms, assert_explains_errors

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 12, 1, 10, 0, tzinfo=datetime.UTC)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def odt_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


@pytest.fixture
def posting(board, job_index, accounting):
    return JobPostingPageFactory(parent=job_index, category=accounting, title="Księgowy / Księgowa")


def apply(client, posting, *, cv: bytes, filename="cv.pdf", **data):
    form = {
        "name": "Zofia Wójcik-Łęcka",
        "email": "zofia@example.org",
        "phone": "+48 600 100 200",
        "cover_letter": "Dzień dobry,\nchętnie dołączę do zespołu.",
        "consent": "on",
        "cv": SimpleUploadedFile(filename, cv, content_type="application/pdf"),
    } | data
    return client.post(posting.url + "aplikuj/", form)


def test_a_valid_pdf_application_is_stored_privately_and_acknowledged(
    client, posting, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = apply(client, posting, cv=PDF)

    assert response.status_code == 303
    application = JobApplication.objects.get()
    assert application.name == "Zofia Wójcik-Łęcka"
    assert application.status == ApplicationStatus.RECEIVED
    stored = Path(application.cv.path)
    assert stored.is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT))
    assert not stored.is_relative_to(Path(settings.MEDIA_ROOT))
    assert stored.read_bytes() == PDF
    assert "cv.pdf" not in stored.name
    assert mail.outbox[0].to == ["zofia@example.org"]
    assert "Księgowy / Księgowa" in mail.outbox[0].subject


@pytest.mark.parametrize(
    ("content", "name", "extension"),
    [(docx_bytes(), "cv.docx", "docx"), (odt_bytes(), "cv.odt", "odt")],
)
def test_docx_and_odt_cvs_are_recognised_by_content(client, posting, content, name, extension):
    response = apply(client, posting, cv=content, filename=name)

    assert response.status_code == 303
    assert JobApplication.objects.get().cv_extension == extension


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (b"<html><script>alert(1)</script></html>", "cv.pdf"),  # renamed HTML
        (b"MZ\x90\x00binary", "cv.docx"),
        (b"PK\x03\x04not really a zip", "cv.odt"),
        (b"", "cv.pdf"),
    ],
)
def test_files_that_are_not_documents_are_refused_whatever_their_name(
    client, posting, content, name
):
    response = apply(client, posting, cv=content, filename=name)

    assert response.status_code == 400
    assert "cv" in response.context["application_form"].errors
    assert not JobApplication.objects.exists()


def test_an_oversized_cv_is_refused_with_a_message(client, posting):
    response = apply(client, posting, cv=PDF + b"0" * (5 * 1024 * 1024))

    assert response.status_code == 400
    assert "5 MB" in str(response.context["application_form"].errors["cv"])
    assert not JobApplication.objects.exists()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("email", "zofia@example.org\r\nBcc: victim@example.org"),
        ("phone", "9" * 500),
        ("consent", ""),
        ("name", ""),
    ],
)
def test_bad_application_input_gives_clear_errors(client, posting, field, value):
    response = apply(client, posting, cv=PDF, **{field: value})

    assert response.status_code == 400
    assert field in response.context["application_form"].errors
    assert not JobApplication.objects.exists()


def test_a_closed_posting_refuses_applications(client, board, job_index, accounting):
    closed = JobPostingPageFactory(parent=job_index, category=accounting, closed=True)

    response = apply(client, closed, cv=PDF)

    assert response.status_code == 409
    assert not JobApplication.objects.exists()


def test_the_posting_page_carries_no_form_token_or_cookie_for_an_anonymous_visitor(client, posting):
    response = client.get(posting.url)

    page = response.content.decode()
    assert response.status_code == 200
    assert "csrfmiddlewaretoken" not in page
    assert "<form" not in page.split('id="apply"')[1]
    assert not response.cookies
    assert f'href="{posting.url}aplikuj/"' in page


def test_the_apply_route_shows_the_form_naming_the_posting_with_a_link_back(client, posting):
    response = client.get(posting.url + "aplikuj/")

    page = response.content.decode()
    assert response.status_code == 200
    assert "Księgowy / Księgowa" in page.split("<h1>")[1].split("</h1>")[0]
    assert 'name="csrfmiddlewaretoken"' in page
    assert f'href="{posting.url}"' in page


def test_an_invalid_application_answers_400_with_an_error_summary_linked_to_the_fields(
    client, posting
):
    response = apply(client, posting, cv=PDF, email="not an address", consent="")

    page = response.content.decode()
    assert response.status_code == 400
    summary = page.split('class="error-summary"')[1].split("</div>")[0]
    assert 'href="#id_email"' in summary
    assert 'href="#id_consent"' in summary
    assert page.index('class="error-summary"') < page.index('enctype="multipart/form-data"')
    assert page.count('role="alert"') == 1  # one summary, not a second list inside the form
    assert_explains_errors(response, fields=["email", "consent"])


def test_a_sent_application_lands_on_a_visible_confirmation(client, posting):
    response = apply(client, posting, cv=PDF)
    landing = client.get(response["Location"])

    assert response.status_code == 303
    assert response["Location"] == posting.url + "aplikuj/wyslano/"
    page = landing.content.decode()
    assert landing.status_code == 200
    assert "zofia@example.org" in page.split('class="confirmation-panel"')[1].split("</div>")[0]
    assert_confirms(landing, next_steps="Co dalej")


def test_the_apply_route_of_a_closed_posting_says_it_is_closed(client, job_index, accounting):
    closed = JobPostingPageFactory(parent=job_index, category=accounting, closed=True)

    response = client.get(closed.url + "aplikuj/")

    page = response.content.decode()
    assert response.status_code == 200
    assert "banner--closed" in page
    assert 'name="cv"' not in page


def test_apply_for_job_stores_plain_data_without_a_form(
    posting, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        application = apply_for_job(
            posting=posting,
            name="Jan Nowak",
            email="jan@example.org",
            phone="",
            cover_letter="",
            cv=SimpleUploadedFile("cv.pdf", PDF),
            cv_extension="pdf",
            language_code="en",
            now=NOW,
        )

    assert application.consent_given_at == NOW
    assert application.language_code == "en"
    assert mail.outbox[0].to == ["jan@example.org"]


def test_apply_for_job_refuses_a_posting_that_takes_applications_by_email(job_index, accounting):
    by_email = JobPostingPageFactory(
        parent=job_index,
        category=accounting,
        apply_method=ApplyMethod.EMAIL,
        application_email="praca@example.org",
    )

    with pytest.raises(ApplicationRefused):
        apply_for_job(
            posting=by_email,
            name="Jan Nowak",
            email="jan@example.org",
            phone="",
            cover_letter="",
            cv=SimpleUploadedFile("cv.pdf", PDF),
            cv_extension="pdf",
            language_code="pl",
            now=timezone.now(),
        )

    assert not JobApplication.objects.exists()


@pytest.fixture
def application(posting):
    return JobApplication.objects.create(
        posting=posting,
        name="Zofia Wójcik",
        email="zofia@example.org",
        cv=SimpleUploadedFile("cv.pdf", PDF),
        cv_extension="pdf",
        language_code="pl",
        consent_given_at=timezone.now(),
    )


def editor_of(organisation, django_user_model, username):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(
        OrganisationWorkspace.objects.get(translation_key=organisation.translation_key).group
    )
    return user


def test_editors_see_and_download_their_own_organisations_applications(
    client, application, organisation, django_user_model
):
    client.force_login(editor_of(organisation, django_user_model, "redaktor"))

    listing = client.get("/admin/job_applications/")
    download = client.get(f"/admin/job_applications/cv/{application.pk}/")

    assert "Zofia Wójcik" in listing.content.decode()
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == PDF
    assert download["Content-Disposition"].startswith("inline")  # a PDF opens in the browser


def test_an_editor_of_another_organisation_cannot_list_or_download_applications(
    client, application, other_organisation, django_user_model
):
    client.force_login(editor_of(other_organisation, django_user_model, "obcy"))

    listing = client.get("/admin/job_applications/")
    download = client.get(f"/admin/job_applications/cv/{application.pk}/")
    inspect = client.get(f"/admin/job_applications/inspect/{application.pk}/")

    assert "Zofia Wójcik" not in listing.content.decode()
    assert download.status_code == 404
    assert inspect.status_code in (302, 403, 404)
    assert "Zofia Wójcik" not in inspect.content.decode()


def test_changing_the_status_in_the_admin_tells_the_applicant(
    client, application, organisation, django_user_model, django_capture_on_commit_callbacks
):
    client.force_login(editor_of(organisation, django_user_model, "redaktor"))

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/job_applications/inspect/{application.pk}/",
            {"action": "status", "status": "INVITED"},
        )

    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == ApplicationStatus.INVITED
    assert application.status_changed_at is not None
    assert mail.outbox[-1].to == ["zofia@example.org"]


def test_applications_past_retention_are_deleted_with_their_files(
    posting, application, django_capture_on_commit_callbacks
):
    cv_path = Path(application.cv.path)
    posting.deadline_date = timezone.localdate() - datetime.timedelta(days=200)
    posting.retention_months = 6
    posting.save()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("purge_job_applications", verbosity=0)

    assert not JobApplication.objects.exists()
    assert not cv_path.exists()


def test_applications_within_retention_are_kept(posting, application):
    posting.deadline_date = timezone.localdate() - datetime.timedelta(days=30)
    posting.save()

    call_command("purge_job_applications", verbosity=0)

    assert JobApplication.objects.count() == 1


def test_the_posting_page_may_be_kept_at_the_edge_and_its_apply_route_may_not(
    client, posting, settings
):
    settings.EDGE_CACHE_SECONDS = 300

    detail = client.get(posting.url)
    form = client.get(posting.url + "aplikuj/")

    assert "public" in detail["Cache-Control"]
    assert "s-maxage=300" in detail["Cache-Control"]
    assert "private" in form["Cache-Control"]
    assert "public" not in form["Cache-Control"]
