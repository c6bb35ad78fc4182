"""Issue 18's coordinator walk, in a browser on the demo site: the MIS coordinator opens an
interest, reads the match explanation, accepts with a message, and the volunteer's e-mail
with that message is in the outbox. Screenshots go to var/screenshots/coordinate/."""

from pathlib import Path

from django.core import mail
from django.utils import timezone

import pytest

from pages.models import OrganisationPage, OrganisationWorkspace
from tests.search.conftest import run_tasks
from volunteering.models import Interest, InterestStatus, Volunteer, VolunteerOfferPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots" / "coordinate"


def test_the_mis_coordinator_accepts_an_interest_with_a_message(page, demo_site, django_user_model):
    SHOTS.mkdir(parents=True, exist_ok=True)
    mis = OrganisationPage.objects.get(slug="fundacja-mis", locale__language_code="pl")
    coordinator = django_user_model.objects.create_user(
        "koordynatorka-mis", "koordynatorka@mis.example", "hasło-do-panelu-1"
    )
    coordinator.groups.add(
        OrganisationWorkspace.objects.get(translation_key=mis.translation_key).group
    )
    offer = VolunteerOfferPage.objects.live().descendant_of(mis).filter(locale=mis.locale).first()
    volunteer = (
        Volunteer.objects.filter(confirmed_at__isnull=False).exclude(interests__offer=offer).first()
    )
    # The e-mail checked below is written in the volunteer's language: make it Polish.
    Volunteer.objects.filter(pk=volunteer.pk).update(language_code="pl")
    interest = Interest.objects.create(
        volunteer=volunteer, offer=offer, message="Mam wolne soboty.", created_at=timezone.now()
    )
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(demo_site + "/admin/login/")
    page.locator("#id_username").fill("koordynatorka-mis")
    page.locator("#id_password").fill("hasło-do-panelu-1")
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/admin/")

    page.goto(demo_site + f"/admin/volunteer_interests/edit/{interest.pk}/")
    assert page.get_by_role(
        "heading", name=f"{volunteer.name} – {offer.title}", exact=True
    ).is_visible()
    match = page.get_by_role("region", name="Dopasowanie do oferty")
    assert match.is_visible() and match.inner_text().strip()
    page.screenshot(path=SHOTS / "walk-1-case.png", full_page=True)
    page.get_by_role("link", name="Przyjęte").click()
    message = page.get_by_label("Wiadomość do wolontariusza")
    assert offer.title in message.input_value()
    message.fill(message.input_value() + "\nDo zobaczenia w sobotę o 10:00.")
    page.screenshot(path=SHOTS / "walk-2-answer.png", full_page=True)
    page.get_by_role("button", name="Wyślij odpowiedź").click()

    page.wait_for_url(f"**/admin/volunteer_interests/edit/{interest.pk}/")
    page.screenshot(path=SHOTS / "walk-3-answered.png", full_page=True)
    interest.refresh_from_db()
    assert interest.status == InterestStatus.ACCEPTED
    run_tasks()
    (sent,) = [m for m in mail.outbox if m.to == [volunteer.email]]
    assert "Przyjęte" in sent.body and "Do zobaczenia w sobotę o 10:00." in sent.body
    assert (
        "Status zmieniony z „Otrzymane” na „Przyjęte”"
        in page.get_by_role("region", name="Historia").inner_text()
    )
