"""The agreement: generated text, the volunteer's logged click, the guardian's link, the
coordinator's acceptance, the PDF."""

from django.urls import reverse

import pytest

from volunteering.models import Agreement
from volunteering.paperwork import agreements
from volunteering.profile_choices import AgeBracket

from .conftest import pdf_text

pytestmark = pytest.mark.django_db


def agreement_url(placement) -> str:
    return reverse("volunteering:agreement", args=[placement.pk])


def test_the_agreement_names_parties_scope_period_place_hours_insurance_and_termination(
    signed_in, placement, paperwork
):
    response = signed_in(placement.volunteer).get(agreement_url(placement))

    text = Agreement.objects.get().text_pl
    assert response.status_code == 200
    for expected in (
        "Fundacja Alfa",
        "Zofia Żółkiewska, Prezeska zarządu",
        "Łucja Świątek",
        "Oprowadzanie po Krakowie",
        "1 marca 2026 – 30 czerwca 2026",
        "ul. Floriańska 3, 31-019 Kraków",
        "do 6 godz. tygodniowo",
        "art. 46 ust. 1 pkt 4",  # more than 30 days: no NNW clause
        "koszty podróży",
        "RODO",
        "rozwiązać porozumienie",
    ):
        assert expected in text
    assert "ul. Floriańska 3" in response.content.decode()
    printed = pdf_text(
        signed_in(placement.volunteer)
        .get(reverse("volunteering:agreement_pdf", args=[placement.pk]))
        .content
    )
    assert "Porozumienie o wykonywaniu świadczeń wolontariusza" in printed
    assert "Łucja Świątek" in printed


def test_a_short_placement_names_the_organisations_nnw_policy(signed_in, placement, paperwork):
    placement.offer.end_date = placement.offer.start_date.replace(day=20)
    placement.offer.save()

    signed_in(placement.volunteer).get(agreement_url(placement))

    assert "polisa: PZU, polisa NNW 123/2026" in Agreement.objects.get().text_pl


def test_accepting_logs_the_time_the_text_version_and_the_ip(signed_in, placement, paperwork):
    client = signed_in(placement.volunteer)
    client.get(agreement_url(placement))
    agreement = Agreement.objects.get()

    response = client.post(
        agreement_url(placement), {"text_version": agreement.text_hash}, REMOTE_ADDR="192.0.2.7"
    )

    agreement.refresh_from_db()
    assert response.status_code == 302
    assert agreement.volunteer_accepted_at is not None
    assert agreement.volunteer_accepted_hash == agreements.text_hash(agreement.text_pl)
    assert agreement.volunteer_ip == "192.0.2.7"


def test_an_acceptance_of_an_older_text_is_refused(signed_in, placement, paperwork):
    client = signed_in(placement.volunteer)
    client.get(agreement_url(placement))

    response = client.post(agreement_url(placement), {"text_version": "0" * 64})

    assert response.status_code == 400
    assert Agreement.objects.get().volunteer_accepted_at is None


def test_a_minor_names_a_guardian_who_accepts_through_the_emailed_link(
    signed_in, placement, paperwork, mailoutbox
):
    placement.volunteer.age_bracket = AgeBracket.AGE_16_17
    placement.volunteer.save()
    client = signed_in(placement.volunteer)
    client.get(agreement_url(placement))
    agreement = Agreement.objects.get()
    refused = client.post(agreement_url(placement), {"text_version": agreement.text_hash})

    client.post(
        agreement_url(placement),
        {"text_version": agreement.text_hash, "guardian_email": "mama@example.org"},
    )
    mail = next(m for m in mailoutbox if m.to == ["mama@example.org"])
    link = next(line for line in mail.body.splitlines() if "/wolontariusz/opiekun/" in line)
    guardian = client.__class__()
    forged = guardian.get(link.replace("/opiekun/", "/opiekun/x"))
    page = guardian.get(link)
    guardian.post(link, REMOTE_ADDR="198.51.100.4")

    agreement.refresh_from_db()
    assert refused.status_code == 400 and forged.status_code == 400
    assert "Łucja Świątek" in page.content.decode()
    assert agreement.guardian_accepted_at is not None
    assert agreement.guardian_ip == "198.51.100.4"
    assert agreement.guardian_accepted_hash == agreement.text_hash


def test_only_the_organisations_coordinator_accepts_on_its_behalf_in_the_admin(
    client, signed_in, placement, paperwork, editor_of, organisation, other_organisation
):
    signed_in(placement.volunteer).get(agreement_url(placement))
    agreement = Agreement.objects.get()
    coordinator = editor_of(organisation, "koordynatorka")
    client.force_login(editor_of(other_organisation, "obcy"))
    client.post(reverse("agreements:edit", args=[agreement.pk]), {"accept": "on"})
    agreement.refresh_from_db()
    accepted_by_stranger = agreement.coordinator_accepted_at
    client.force_login(coordinator)

    response = client.post(reverse("agreements:edit", args=[agreement.pk]), {"accept": "on"})

    agreement.refresh_from_db()
    assert accepted_by_stranger is None
    assert response.status_code == 302
    assert agreement.coordinator_accepted_by == coordinator
