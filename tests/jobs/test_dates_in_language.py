"""Dates are written the way the reader's language writes them, in pages and in e-mails (an
e-mail in its recipient's language): "1 grudnia 2026", "1 December 2026", never "Dec. 1, 2026"."""

import datetime
import re

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

import pytest

from jobs.services import apply_for_job

pytestmark = pytest.mark.django_db

ENGLISH_MONTH = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)"
)
# Next year, so the posting is still open whenever the test runs.
YEAR = datetime.date.today().year + 1
DEADLINE = datetime.date(YEAR, 12, 1)


def received_email(language_code: str, posting, capture_on_commit) -> str:
    with capture_on_commit(execute=True):
        apply_for_job(
            posting=posting,
            name="Anna Testowa",
            email=f"anna.{language_code}@example.org",
            phone="",
            cover_letter="",
            cv=SimpleUploadedFile("cv.pdf", b"%PDF-1.4\n%%EOF\n"),
            cv_extension="pdf",
            language_code=language_code,
            now=timezone.now(),
        )
    [received] = [m for m in mail.outbox if m.to == [f"anna.{language_code}@example.org"]]
    return received.body


@pytest.fixture
def posting_closing_on_1_december(open_posting):
    open_posting.deadline_date = DEADLINE
    open_posting.save()
    return open_posting


def test_a_polish_applicant_is_told_the_deadline_with_a_polish_month(
    posting_closing_on_1_december, django_capture_on_commit_callbacks
):
    body = received_email("pl", posting_closing_on_1_december, django_capture_on_commit_callbacks)

    assert f"1 grudnia {YEAR}" in body
    assert not ENGLISH_MONTH.search(body)


def test_an_english_applicant_is_told_the_deadline_day_first_in_british_english(
    posting_closing_on_1_december, django_capture_on_commit_callbacks
):
    body = received_email("en", posting_closing_on_1_december, django_capture_on_commit_callbacks)

    assert f"1 December {YEAR}" in body
    assert "Dec. 1" not in body


def test_a_polish_posting_shows_no_english_month_name(client, posting_closing_on_1_december):
    html = client.get(posting_closing_on_1_december.url).content.decode()

    assert f"1 grudnia {YEAR}" in html
    assert not ENGLISH_MONTH.search(html)
