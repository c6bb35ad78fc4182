"""The event registrations' export reads as the admin does: status labels in the editor's
language, times in Polish local time, in CSV (with a byte-order mark for Excel) and XLSX."""

import codecs
import datetime
import io

from wagtail.users.models import UserProfile

import openpyxl
import pytest

from pages.factories import ConferencePageFactory, ConferenceRegistrationFactory
from pages.models import ConferenceRegistration, RegistrationStatus

pytestmark = pytest.mark.django_db
URL = "/admin/event_registrations/"
# 16:00 UTC in June is 18:00 in Warsaw (summer time).
REGISTERED_AT = datetime.datetime(2026, 6, 6, 16, 0, tzinfo=datetime.UTC)


@pytest.fixture
def registration(organisation):
    conference = ConferencePageFactory(parent=organisation, with_form=True)
    registration = ConferenceRegistrationFactory(
        conference=conference, name="Zofia Wójcik", status=RegistrationStatus.WAITLISTED
    )
    ConferenceRegistration.objects.filter(pk=registration.pk).update(created_at=REGISTERED_AT)
    return registration


def csv_text(response) -> str:
    return b"".join(response.streaming_content).decode("utf-8")


def test_the_csv_export_gives_the_polish_status_label_and_warsaw_time(admin_client, registration):
    text = csv_text(admin_client.get(URL, {"export": "csv"}))

    assert "Na liście rezerwowej" in text and "WAITLISTED" not in text
    assert "2026-06-06 18:00" in text and "16:00" not in text


def test_an_english_editor_s_export_gives_the_english_status_label(
    admin_client, admin_user, registration
):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()

    text = csv_text(admin_client.get(URL, {"export": "csv"}))

    assert "On the waiting list" in text


def test_the_xlsx_export_gives_warsaw_local_time(admin_client, registration):
    response = admin_client.get(URL, {"export": "xlsx"})

    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.values)
    assert "Na liście rezerwowej" in rows[1]
    assert datetime.datetime(2026, 6, 6, 18, 0) in rows[1]


def test_the_registrations_csv_starts_with_a_byte_order_mark(admin_client, registration):
    body = b"".join(admin_client.get(URL, {"export": "csv"}).streaming_content)

    assert body.startswith(codecs.BOM_UTF8)
