"""Issue 19's shift journey in a browser on the demo site: volunteer A takes the last place,
volunteer B joins the waiting list, A cancels, B is promoted and e-mailed, the coordinator
checks B in and out and approves the hours; B asks for a certificate, the coordinator issues
it, and its public verification page says it is genuine, with B's approved hours."""

import datetime
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

import pytest
from playwright.sync_api import expect

from pages.models import OrganisationPage, OrganisationWorkspace
from volunteering import tokens
from volunteering.factories import accepted_volunteer
from volunteering.hours import approved_hours
from volunteering.models import (
    Certificate,
    Shift,
    ShiftSignup,
    SignupStatus,
    VolunteerOfferPage,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots" / "shifts"


def shot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"journey-{name}.png"), full_page=True)


def signed_in(browser, base, volunteer):
    context = browser.new_context(locale="pl-PL", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(
        base + reverse("volunteering:enter", args=[tokens.make_token(volunteer, tokens.MANAGE)])
    )
    page.get_by_role("button", name="Otwórz mój profil").click()
    return page


def test_a_freed_place_goes_to_the_waiting_volunteer_who_is_credited_and_certified(
    browser, demo_site
):
    offer = VolunteerOfferPage.objects.get(
        slug="akcja-sasiedzka-skawina", locale__language_code="pl"
    )
    shift = Shift.objects.get(offer=offer)
    Shift.objects.filter(pk=shift.pk).update(capacity=1)
    first = accepted_volunteer(offer, name="Alicja Pierwsza", email="alicja@example.org")
    second = accepted_volunteer(offer, name="Bartek Drugi", email="bartek@example.org")
    shifts_url = demo_site + offer.url + "dyzury/"

    a = signed_in(browser, demo_site, first)
    a.goto(shifts_url)
    a.get_by_role("button", name="Zapisz się").click()
    expect(a.get_by_text("Zapisano Cię na dyżur.")).to_be_visible()
    shot(a, "1-a-signed-up")

    b = signed_in(browser, demo_site, second)
    b.goto(shifts_url)
    expect(b.get_by_text("Zostało 0 miejsc z 1")).to_be_visible()
    b.get_by_role("button", name="Zapisz się na listę rezerwową").click()
    expect(b.get_by_text("jesteś na liście rezerwowej")).to_be_visible()
    shot(b, "2-b-waiting")

    a.goto(demo_site + reverse("volunteering:my_shifts"))
    a.get_by_role("button", name="Odwołaj moje miejsce").click()
    expect(a.get_by_text("Twoje miejsce na dyżurze zostało odwołane.")).to_be_visible()
    shot(a, "3-a-cancelled")

    (message,) = [m for m in mail.outbox if m.to == ["bartek@example.org"]]
    assert "Akcja sąsiedzka w Skawinie" in message.subject
    b.goto(demo_site + reverse("volunteering:my_shifts"))
    expect(b.get_by_text("Zapisano", exact=True)).to_be_visible()
    shot(b, "4-b-promoted")

    # The day comes: the shift took place this morning (signing up needs it in the future).
    now = timezone.now()
    Shift.objects.filter(pk=shift.pk).update(
        start_at=now - datetime.timedelta(hours=5), end_at=now - datetime.timedelta(hours=1)
    )
    coordinator = get_user_model().objects.create_user(
        "koordynatorka-bis", "k@example.org", "hasło-demo-123"
    )
    bis = OrganisationPage.objects.get(pk=offer.get_parent().get_parent().pk)
    coordinator.groups.add(
        OrganisationWorkspace.objects.get(translation_key=bis.translation_key).group
    )
    client = Client()
    client.force_login(coordinator)
    admin_context = browser.new_context(locale="pl-PL", viewport={"width": 390, "height": 844})
    admin_context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": demo_site}]
    )
    admin = admin_context.new_page()
    admin.goto(demo_site + reverse("volunteer_shifts:roster", args=[shift.pk]))
    admin.get_by_role("button", name="Zamelduj Bartek Drugi").click()
    expect(admin.get_by_text("Przyjście")).to_be_visible()
    admin.get_by_role("button", name="Wymelduj Bartek Drugi").click()
    expect(admin.get_by_text("Wyjście")).to_be_visible()
    admin.get_by_label("Liczba godzin").fill("4")
    admin.get_by_role("button", name="Zatwierdź godziny Bartek Drugi").click()
    expect(admin.get_by_text("godz. zatwierdzone")).to_be_visible()
    shot(admin, "5-coordinator-approved")

    signup = ShiftSignup.objects.get(volunteer=second, shift=shift)
    assert signup.status == SignupStatus.CONFIRMED and signup.checked_in_at
    assert str(approved_hours(volunteer=second)) == "4.00"

    b.goto(demo_site + reverse("volunteering:record"))
    b.get_by_role("button", name="Poproś o zaświadczenie").click()
    expect(b.get_by_text("Organizacja wystawi zaświadczenie")).to_be_visible()
    shot(b, "6-b-asked-for-certificate")

    requested = Certificate.objects.get(volunteer=second, issued_at__isnull=True)
    admin.goto(demo_site + reverse("certificates:edit", args=[requested.pk]))
    admin.get_by_label("Podpisuje").fill("Barbara Koordynatorka")
    admin.get_by_label("Funkcja podpisującego").fill("koordynatorka wolontariatu")
    admin.get_by_role("button", name="Zapisz").click()
    issued = Certificate.objects.get(pk=requested.pk)
    assert issued.issued_at is not None
    shot(admin, "7-coordinator-issued")

    b.goto(demo_site + reverse("volunteering:certificate", args=[issued.code]))
    shot(b, "8-verified")
    assert str(issued.hours) == "4.00"
    expect(
        b.get_by_text("Autentyczne: to zaświadczenie zostało wydane i jest ważne.")
    ).to_be_visible()
    expect(b.get_by_text("Bartek Drugi")).to_be_visible()
    expect(b.locator(".facts")).to_contain_text("4,00")
