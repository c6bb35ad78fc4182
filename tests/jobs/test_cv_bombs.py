"""Zip bombs sent as a CV through the public application form: each is refused with a clear
message and a 400, before it costs the server more than 50 MB of memory or a second."""

import time
import tracemalloc

from django.core.files.uploadedfile import SimpleUploadedFile

import pytest

from benchmarks.zip_bombs import (
    MB,
    build_zip,
    docx_that_understates_its_size,
    docx_with_a_nested_archive,
    docx_with_deflated_zeros_in_mimetype,
    docx_with_deflated_zeros_in_the_document,
    docx_with_many_entries,
)
from jobs.factories import JobPostingPageFactory
from jobs.models import JobApplication

pytestmark = pytest.mark.django_db

BOMBS = {
    "deflated zeros in the mimetype entry": (docx_with_deflated_zeros_in_mimetype, "50 MB"),
    "deflated zeros in the document": (docx_with_deflated_zeros_in_the_document, "50 MB"),
    # zipfile stops at the claimed size and the checksum fails: not a document.
    "an entry claiming 13 bytes": (docx_that_understates_its_size, "PDF, DOCX lub ODT"),
    "fifty thousand entries": (docx_with_many_entries, "1000"),
    "an archive inside": (docx_with_a_nested_archive, "inne archiwum"),
}


@pytest.fixture
def posting(board, job_index, accounting):
    return JobPostingPageFactory(parent=job_index, category=accounting)


def _application(cv: bytes) -> dict:
    return {
        "name": "Zofia Wójcik",
        "email": "zofia@example.org",
        "consent": "on",
        "cv": SimpleUploadedFile("cv.docx", cv, content_type="application/octet-stream"),
    }


@pytest.mark.parametrize("bomb", BOMBS)
def test_a_zip_bomb_cv_is_refused_within_a_second_and_50_mb(client, posting, bomb):
    build, message_part = BOMBS[bomb]
    content = build()
    assert len(content) < 5 * MB
    url = posting.url + "aplikuj/"
    # One refused upload first, so what is measured is the bomb, not the first rendering of
    # the form's error page in this process.
    client.post(url, _application(b"?"))
    # Timed and traced apart: tracing every allocation slows the request several times over.
    started = time.perf_counter()
    response = client.post(url, _application(content))
    elapsed = time.perf_counter() - started

    tracemalloc.start()
    traced = client.post(url, _application(content))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    assert response.status_code == traced.status_code == 400
    errors = " ".join(response.context["application_form"].errors["cv"])
    assert message_part in errors
    assert errors in response.content.decode()
    assert not JobApplication.objects.exists()
    assert peak < 50 * MB, f"peak memory growth {peak / MB:.1f} MB"
    assert elapsed < 1, f"answered in {elapsed:.2f} s"


def test_a_real_sized_docx_with_pictures_is_still_accepted(client, posting):
    # A long CV: 3 MB of text (deflates well) and a stored 1 MB photo.
    content = build_zip(
        [
            ("[Content_Types].xml", b"<Types/>"),
            ("word/document.xml", b"<w:p>Dzie\xc5\x84 dobry</w:p>" * 100_000),
            ("word/media/image1.jpeg", b"\xff\xd8\xff" + bytes(range(256)) * 4096),
        ]
    )

    response = client.post(posting.url + "aplikuj/", _application(content))

    assert response.status_code == 303
    assert JobApplication.objects.get().cv_extension == "docx"
