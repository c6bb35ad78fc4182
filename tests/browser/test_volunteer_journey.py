"""The volunteering issue's "done when", in a browser on the demo site: a newcomer finds an
offer, registers without a password, confirms by e-mail, sees offers ranked with reasons,
and the interest reaches the coordinator."""

import re
from urllib.parse import urlsplit

from django.core import mail

import pytest

from tests.search.conftest import run_tasks
from volunteering.models import Interest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_newcomer_registers_confirms_and_expresses_interest(page, demo_site):
    page.goto(demo_site + "/wolontariat/")
    page.get_by_label("Miejscowość").fill("Skawina")
    page.get_by_label("W promieniu (km)").fill("5")
    page.get_by_role("button", name="Pokaż wyniki").click()
    page.get_by_role("link", name="Akcja sąsiedzka w Skawinie").click()
    page.get_by_role("link", name="Zgłaszam się").first.click()
    page.get_by_role("link", name="Załóż profil wolontariusza").click()

    assert "/wolontariusz/rejestracja/" in page.url
    page.get_by_label("Imię i nazwisko").fill("Grażyna Źródłowska")
    page.get_by_label(re.compile(r"^E-mail")).fill("grazyna@example.org")
    page.get_by_label("Miejscowość lub gmina").fill("Skawina")
    page.get_by_label("sobota – rano").check()
    page.get_by_label("sobota – po południu").check()
    page.get_by_label("Organizacja wydarzeń").check()
    page.get_by_label("Społeczność lokalna").check()
    page.get_by_label("polski", exact=True).check()
    page.get_by_label("Wiek").select_option("30-49")
    page.get_by_label("Zapoznałam/zapoznałem się").check()
    page.get_by_role("button", name="Zarejestruj się").click()
    assert page.get_by_role("heading", name="Sprawdź skrzynkę pocztową").is_visible()

    run_tasks()  # the registration is saved and mailed by the worker
    (message,) = [m for m in mail.outbox if m.to == ["grazyna@example.org"]]
    link = urlsplit(re.search(r"https?://\S+", message.body).group(0)).path
    page.goto(demo_site + link)
    page.get_by_role("button", name="Potwierdzam").click()

    assert "/wolontariusz/profil/" in page.url
    recommendations = page.locator(".recommendations")
    assert "Akcja sąsiedzka w Skawinie" in recommendations.inner_text()
    assert "1 z 1 wymaganej umiejętności" in recommendations.inner_text()
    assert (
        "Akcja sąsiedzka w Skawinie"
        in page.get_by_role("region", name="Twoje zgłoszenia").inner_text()
    )
    interest = Interest.objects.get(volunteer__email="grazyna@example.org")
    assert interest.offer.title == "Akcja sąsiedzka w Skawinie"
