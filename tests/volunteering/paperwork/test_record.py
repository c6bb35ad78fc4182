"""The volunteer's network-wide record and its exports; the coordinator's certificate admin."""

import json

from django.urls import reverse

import pytest

from volunteering.models import Certificate
from volunteering.paperwork.factories import InterestFactory

from .conftest import pdf_text

pytestmark = pytest.mark.django_db


def test_the_record_lists_placements_in_every_organisation_and_exports_them(
    signed_in, issued, other_volunteer_index
):
    from volunteering.factories import VolunteerOfferPageFactory

    elsewhere = VolunteerOfferPageFactory(parent=other_volunteer_index, title="Zbiórka darów")
    InterestFactory(offer=elsewhere, volunteer=issued.volunteer)
    client = signed_in(issued.volunteer)

    page = client.get(reverse("volunteering:record")).content.decode()
    exported = json.loads(client.get(reverse("volunteering:record_json")).content)
    printed = pdf_text(client.get(reverse("volunteering:record_pdf")).content)

    assert "Oprowadzanie po Krakowie" in page and "Zbiórka darów" in page
    assert {p["organisation"] for p in exported["placements"]} == {
        "Fundacja Alfa",
        "Stowarzyszenie Betaxyzunikat",
    }
    codes = [c["code"] for p in exported["placements"] for c in p["certificates"]]
    assert codes == [issued.code]
    assert "Zbiórka darów" in printed and issued.code in printed


def test_the_coordinator_issues_a_requested_certificate_and_can_revoke_it(
    client, signed_in, placement, paperwork, editor_of, organisation
):
    signed_in(placement.volunteer).post(
        reverse("volunteering:request_certificate", args=[placement.pk])
    )
    requested = Certificate.objects.get()
    client.force_login(editor_of(organisation, "koordynatorka"))
    form = {
        "kind": "CERTIFICATE",
        "work_description": "Oprowadzanie",
        "start_date": "2026-03-01",
        "end_date": "2026-04-30",
        "hours": "30",
        "opinion": "",
        "signatory_name": "Zofia Żółkiewska",
        "signatory_role": "Prezeska",
    }

    issued = client.post(reverse("certificates:edit", args=[requested.pk]), form)
    requested.refresh_from_db()
    revoked = client.post(
        reverse("certificates:edit", args=[requested.pk]), {"revocation_reason": "Pomyłka"}
    )

    requested.refresh_from_db()
    assert issued.status_code == 302 and revoked.status_code == 302
    assert requested.code and requested.issued_at
    assert requested.revoked_at is not None and requested.revocation_reason == "Pomyłka"


def test_another_organisations_editor_does_not_see_the_certificate(
    client, issued, editor_of, other_organisation
):
    client.force_login(editor_of(other_organisation, "obcy"))

    listing = client.get(reverse("certificates:index"))
    edit = client.get(reverse("certificates:edit", args=[issued.pk]))

    assert issued.volunteer_name not in listing.content.decode()
    assert edit.status_code in {302, 403, 404}
