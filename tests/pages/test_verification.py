"""What the network verified, on the organisation page, and the KRS import from a saved
extract of the api-krs service (tests/pages/fixtures: the documented OdpisAktualny shape)."""

import json
from pathlib import Path

from django.core.management import CommandError, call_command
from django.utils import timezone

import pytest

from pages.factories import MembershipApplicationFactory
from pages.joining import services
from pages.krs_import import NotAnExtract, parse_extract
from pages.models import (
    LegalForm,
    OrganisationPage,
    OrganisationVerification,
    OrganisationWorkspace,
)

EXTRACT = Path(__file__).parent / "fixtures" / "krs_odpis_aktualny.json"


def test_an_extract_gives_the_organisations_fields():
    record = parse_extract(json.loads(EXTRACT.read_text(encoding="utf-8")))

    assert record.krs == "0000765432"
    assert record.name == "FUNDACJA KULTURY PODGÓRZA"
    assert record.legal_form == LegalForm.FOUNDATION
    assert (record.nip, record.regon) == ("5260250995", "123456785")
    assert record.street_address == "ul. Kalwaryjska 12/4"
    assert (record.postal_code, record.city) == ("30-504", "Kraków")
    assert record.public_benefit is True


def test_a_file_that_is_not_an_extract_is_refused():
    with pytest.raises(NotAnExtract):
        parse_extract({"odpis": {"naglowekA": {}}})


@pytest.mark.django_db
def test_import_krs_creates_a_verified_draft_and_refuses_it_twice(organisation_index):
    call_command("import_krs", str(EXTRACT))

    page = OrganisationPage.objects.get(krs="0000765432")
    verification = OrganisationVerification.objects.get(translation_key=page.translation_key)
    assert not page.live and page.get_parent().pk == organisation_index.pk
    assert page.latitude is not None
    assert verification.public_benefit and verification.checked_numbers == ["KRS", "NIP", "REGON"]
    workspace = OrganisationWorkspace.objects.get(translation_key=page.translation_key)
    assert workspace.trusted_member is False  # a new member: its postings wait for review
    with pytest.raises(CommandError, match="exists"):
        call_command("import_krs", str(EXTRACT))


@pytest.mark.django_db
def test_import_krs_says_what_is_wrong_with_a_bad_file(organisation_index, tmp_path):
    broken = tmp_path / "odpis.json"
    broken.write_text("{not json", encoding="utf-8")

    with pytest.raises(CommandError, match="unreadable"):
        call_command("import_krs", str(broken))


@pytest.mark.django_db
def test_the_organisation_page_shows_what_the_network_verified(
    client, organisation_index, django_user_model
):
    coordinator = django_user_model.objects.create_user(
        "anna", "anna@example.org", "pw", first_name="Anna", last_name="Koordynatorska"
    )
    application = MembershipApplicationFactory(krs="")
    page = services.approve_application(
        application=application, user=coordinator, message="", now=timezone.now()
    )
    page.save_revision().publish()
    organisation_index.save_revision().publish()

    body = client.get(page.url).content.decode()

    assert "Zweryfikowana przez sieć" in body
    assert "Sprawdzone numery w rejestrach: NIP, REGON." in body
    assert "Anna Koordynatorska" in body
