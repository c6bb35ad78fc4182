"""Issue 20's joining walk in a browser: an organisation applies, confirms its e-mail
address, a network coordinator approves it, the contact accepts the invitation, sets a
password and lands in an admin that shows only their own organisation."""

import re
from pathlib import Path
from urllib.parse import urlsplit

from django.core import mail

import pytest

from pages.joining.roles import network_coordinators_group
from pages.models import MembershipApplication, OrganisationPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots" / "joining"


def emailed_link(to: str) -> str:
    message = [m for m in mail.outbox if m.to == [to]][-1]
    return urlsplit(re.search(r"https?://\S+", message.body).group(0)).path


def test_an_organisation_joins_and_its_first_editor_signs_in(
    browser, live_server, organisation, django_user_model
):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    coordinator = django_user_model.objects.create_user(
        "koordynatorka", "k@example.org", "Haslo-2026!x"
    )
    coordinator.groups.add(network_coordinators_group())
    context = browser.new_context(locale="pl-PL", viewport={"width": 1366, "height": 900})
    page = context.new_page()

    page.goto(live_server.url + "/dolacz-do-sieci/")
    page.get_by_label("Nazwa organizacji").fill("Fundacja Nowa Huta Razem")
    page.get_by_label("Forma prawna").select_option("FOUNDATION")
    page.get_by_label("Numer KRS").fill("0000654321")
    page.get_by_label("NIP").fill("677-100-34-71")
    page.get_by_label("REGON").fill("123456785")
    page.get_by_label("Miejscowość").fill("Kraków")
    page.get_by_label("Osoba kontaktowa").fill("Maria Nowak")
    page.get_by_label("E-mail kontaktowy").fill("maria@example.org")
    page.get_by_label("Obszary działania").fill("kultura, seniorzy")
    page.get_by_label("Krótki opis").fill("Klub seniora i warsztaty dla sąsiadów.")
    page.get_by_label("Zgadzam się").check()
    page.get_by_role("button", name="Wyślij wniosek").click()
    assert page.get_by_role("heading", name="Prawie gotowe: potwierdź adres e-mail").is_visible()
    page.screenshot(path=SCREENSHOTS / "walk-1-sent.png", full_page=True)

    page.goto(live_server.url + emailed_link("maria@example.org"))
    page.get_by_role("button", name="Potwierdzam").click()
    assert page.get_by_role("heading", name="Dziękujemy, wniosek został wysłany").is_visible()

    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "koordynatorka")
    page.fill("#id_password", "Haslo-2026!x")
    page.click("form button[type=submit]")
    page.goto(live_server.url + "/admin/join_applications/")
    page.get_by_role("link", name="Fundacja Nowa Huta Razem").first.click()
    page.get_by_label("Wiadomość dla wnioskodawcy").fill("Witamy w sieci!")
    page.screenshot(path=SCREENSHOTS / "walk-2-review.png", full_page=True)
    page.get_by_role("button", name="Zatwierdź").click()
    page.screenshot(path=SCREENSHOTS / "walk-2b-approved.png", full_page=True)
    assert "Zatwierdzono" in page.locator(".messages").inner_text(), page.locator(
        ".messages"
    ).inner_text()
    context.clear_cookies()

    page.goto(live_server.url + emailed_link("maria@example.org"))
    page.get_by_label("Imię i nazwisko").fill("Maria Nowak")
    page.fill("#id_password1", "Nowa-Huta-2026!")
    page.fill("#id_password2", "Nowa-Huta-2026!")
    page.screenshot(path=SCREENSHOTS / "walk-3-invitation.png", full_page=True)
    page.get_by_role("button", name="Ustaw hasło i zaloguj się").click()
    assert urlsplit(page.url).path == "/admin/"

    new_page = OrganisationPage.objects.get(title="Fundacja Nowa Huta Razem")
    page.goto(live_server.url + f"/admin/pages/{new_page.get_parent().pk}/")
    page.screenshot(path=SCREENSHOTS / "walk-4-first-editor-admin.png", full_page=True)
    explorer = page.content()
    assert "Fundacja Nowa Huta Razem" in explorer
    assert organisation.title not in explorer
    assert MembershipApplication.objects.get().organisation == new_page
    context.close()
