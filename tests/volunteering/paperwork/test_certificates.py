"""Certificates: codes, issuing, the PDF, public verification, the volunteer's request."""

import datetime
from decimal import Decimal

from django.urls import reverse
from django.utils import timezone, translation

import pytest

from volunteering.models import Certificate
from volunteering.paperwork import certificates, codes

from .conftest import pdf_text

pytestmark = pytest.mark.django_db


def verify_url(code: str, language: str = "pl") -> str:
    with translation.override(language):
        return reverse("volunteering:certificate", args=[code])


def test_a_code_carries_eighty_random_bits_and_a_check():
    code = codes.new_code()

    assert len(codes.normalise(code)) == 18  # 16 random characters of 5 bits and 2 of check
    assert codes.is_well_formed(code)
    assert codes.is_well_formed(code.lower().replace("-", " "))
    assert codes.new_code() != code


def test_a_code_with_one_character_changed_is_caught_as_mistyped():
    code = codes.normalise(codes.new_code())
    changed = ("1" if code[3] != "1" else "2").join([code[:3], code[4:]])

    well_formed = codes.is_well_formed(changed)

    assert well_formed is False


def test_the_certificates_pdf_says_what_it_certifies_with_its_code(issued):
    text = pdf_text(certificates.as_pdf(issued, language_code="pl"))

    assert "Zaświadczenie" in text
    assert "Łucja Świątek" in text
    assert "Fundacja Alfa" in text
    assert "Oprowadzanie gości po Starym Mieście" in text
    assert "42,00" in text
    assert "Zofia Żółkiewska, Prezeska zarządu" in text
    assert "1 marca 2026" in text
    assert issued.code in text
    assert f"/zaswiadczenie/{issued.code}/" in text


def test_the_verification_page_says_a_genuine_certificate_is_genuine_and_only_what_it_says(
    client, issued
):
    issued.volunteer.phone = "+48 600 700 800"
    issued.volunteer.save()

    polish = client.get(verify_url(issued.code))
    english = client.get(f"/en/certificate/{issued.code}/")

    page = polish.content.decode()
    assert polish.status_code == 200 and english.status_code == 200
    assert verify_url(issued.code) == f"/zaswiadczenie/{issued.code}/"
    assert "Autentyczne" in page and "Genuine" in english.content.decode()
    assert "Łucja Świątek" in page and "42,00" in page
    assert issued.volunteer.email not in page
    assert issued.volunteer.phone not in page


def test_an_unknown_or_a_tampered_code_gets_a_404_that_says_which(client, issued):
    raw = codes.normalise(issued.code)
    tampered = raw[:-1] + ("A" if raw[-1] != "A" else "B")

    unknown = client.get(verify_url(codes.new_code()))
    altered = client.get(verify_url(tampered))

    assert unknown.status_code == 404 and altered.status_code == 404
    assert "Nie wydano zaświadczenia o tym kodzie" in unknown.content.decode()
    assert "wpisany z błędem lub zmieniony" in altered.content.decode()


def test_a_revoked_certificate_says_unieważnione_with_the_date(client, issued):
    certificates.revoke(
        certificate=issued,
        reason="Błąd w liczbie godzin",
        now=timezone.make_aware(timezone.datetime(2026, 7, 2, 12, 0)),
    )

    response = client.get(verify_url(issued.code))

    page = response.content.decode()
    assert "Unieważnione 2 lipca 2026" in page
    assert "Błąd w liczbie godzin" in page


def test_a_record_changed_after_issuing_is_reported_as_not_genuine(client, issued):
    Certificate.objects.filter(pk=issued.pk).update(hours=Decimal("420"))

    response = client.get(verify_url(issued.code))

    page = response.content.decode()
    assert "Nieautentyczne" in page
    assert "420" not in page


def test_the_volunteer_asks_for_a_certificate_and_the_coordinator_is_emailed(
    signed_in, placement, paperwork, editor_of, organisation, mailoutbox
):
    editor_of(organisation, "koordynatorka")
    client = signed_in(placement.volunteer)

    response = client.post(reverse("volunteering:request_certificate", args=[placement.pk]))

    assert response.status_code == 302
    requested = Certificate.objects.get()
    assert requested.issued_at is None and requested.requested_at is not None
    assert requested.signatory_name == "Zofia Żółkiewska"
    mail = next(m for m in mailoutbox if m.to == ["koordynatorka@example.org"])
    assert "Łucja Świątek" in mail.subject
    assert f"/admin/certificates/edit/{requested.pk}/" in mail.body


def test_a_volunteer_cannot_ask_for_a_certificate_of_someone_elses_placement(signed_in, placement):
    from volunteering.factories import VolunteerFactory

    client = signed_in(VolunteerFactory())

    client.post(reverse("volunteering:request_certificate", args=[placement.pk]))

    assert not Certificate.objects.exists()


def test_the_draft_names_the_kind_of_work_by_the_offers_title_not_its_advert_text(placement):
    draft = certificates.draft_for(interest=placement, now=timezone.now())

    assert draft.work_description == placement.offer.title
    assert draft.work_description != placement.offer.summary


def approved_shift(placement, *, start_at, hours):
    from volunteering.factories import ShiftFactory
    from volunteering.models import ShiftSignup, SignupStatus

    shift = ShiftFactory(
        offer=placement.offer, start_at=start_at, end_at=start_at + datetime.timedelta(hours=4)
    )
    return ShiftSignup.objects.create(
        shift=shift,
        volunteer=placement.volunteer,
        status=SignupStatus.CONFIRMED,
        created_at=start_at,
        status_changed_at=start_at,
        hours=hours,
        hours_approved_at=start_at + datetime.timedelta(hours=5),
    )


def test_a_certificate_counts_the_approved_hours_of_the_placement_up_to_today(placement):
    now = timezone.make_aware(datetime.datetime(2026, 5, 15, 12))
    approved_shift(placement, start_at=now - datetime.timedelta(days=30), hours=Decimal("4"))
    approved_shift(placement, start_at=now - datetime.timedelta(days=2), hours=Decimal("3.5"))
    approved_shift(placement, start_at=now + datetime.timedelta(days=2), hours=Decimal("9"))

    draft = certificates.draft_for(interest=placement, now=now)

    assert draft.hours == Decimal("7.5")
    assert (draft.start_date, draft.end_date) == (datetime.date(2026, 3, 1), now.date())


def test_a_shift_held_before_the_offers_first_day_widens_the_period(placement):
    now = timezone.make_aware(datetime.datetime(2026, 5, 15, 12))
    early = timezone.make_aware(datetime.datetime(2026, 2, 20, 9))
    approved_shift(placement, start_at=early, hours=Decimal("4"))

    draft = certificates.draft_for(interest=placement, now=now)

    assert draft.hours == Decimal("4")
    assert draft.start_date == datetime.date(2026, 2, 20)


def test_a_volunteer_downloads_only_their_own_issued_certificate(signed_in, issued):
    from volunteering.factories import VolunteerFactory

    own = signed_in(issued.volunteer).get(reverse("volunteering:certificate_pdf", args=[issued.pk]))
    other = signed_in(VolunteerFactory()).get(
        reverse("volunteering:certificate_pdf", args=[issued.pk])
    )

    assert own.status_code == 200 and own["Content-Type"] == "application/pdf"
    assert "Łucja Świątek" in pdf_text(own.content)
    assert other.status_code == 404
