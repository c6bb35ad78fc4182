"""Registration and application with the keyboard alone: Tab moves through every control in a
sensible order with a visible focus ring, Space ticks boxes and opens the file chooser, Enter
sends. No mouse click and no element.fill() anywhere in this file."""

from django.core import mail

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from jobs.models import JobApplication
from tests.search.conftest import run_tasks
from volunteering.models import Volunteer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
CONSENT = "Zapoznałam/zapoznałem się"

FOCUSED = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  return {
    tag: el.tagName.toLowerCase(),
    type: el.type || '',
    name: el.name || '',
    label: ((el.labels && el.labels[0] && el.labels[0].innerText) || el.innerText || '').trim(),
    ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    inMain: !!el.closest('main'),
  };
}"""


def skip_to_main(page):
    page.keyboard.press("Tab")
    first = page.evaluate(FOCUSED)
    assert first["label"] == "Przejdź do treści głównej" and first["ring"], first
    page.keyboard.press("Enter")


def choose_file_by_keyboard(page, path: str) -> None:
    """Space opens the file chooser; a busy headless Chromium sometimes drops the first press."""
    for _attempt in range(3):
        try:
            with page.expect_file_chooser(timeout=5000) as chooser:
                page.keyboard.press("Space")
        except PlaywrightTimeoutError:
            continue
        chooser.value.set_files(path)
        return
    raise AssertionError("Space on the file field never opened the file chooser")


def follow_link_by_keyboard(page, label: str) -> None:
    """Tabs through <main> to the first link named `label` and opens it with Enter."""
    for _ in range(150):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused["inMain"] and focused["tag"] == "a" and focused["label"] == label:
            assert focused["ring"], f"no visible focus on {focused}"
            with page.expect_navigation():
                page.keyboard.press("Enter")
            return
    raise AssertionError(f"never reached the “{label}” link")


def fill_by_keyboard(page, *, typed: dict, ticked: set, files: dict, submit: str) -> list:
    """Tabs through <main> until the submit button; returns every control that took focus."""
    visited = []
    for _ in range(150):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if not focused["inMain"]:
            continue
        visited.append(focused)
        assert focused["ring"], f"no visible focus on {focused}"
        if focused["name"] in typed:
            page.keyboard.type(typed[focused["name"]])
        elif focused["type"] == "checkbox" and any(
            focused["label"].startswith(label) for label in ticked
        ):
            page.keyboard.press("Space")
        elif focused["type"] == "file":
            choose_file_by_keyboard(page, files[focused["name"]])
        elif focused["tag"] == "button" and focused["label"] == submit:
            with page.expect_navigation():
                page.keyboard.press("Enter")
            return visited
    raise AssertionError(f"never reached the “{submit}” button: {visited[-5:]}")


def test_a_volunteer_registers_with_the_keyboard_alone(page, demo_site):
    page.goto(demo_site + "/wolontariusz/rejestracja/")
    skip_to_main(page)

    visited = fill_by_keyboard(
        page,
        typed={
            "name": "Zofia Klawiszowa",
            "email": "zofia@example.org",
            "place_name": "Wieliczka",
            "travel_km": "10",
            # A closed <select> picks the option whose text starts with what is typed.
            "age_bracket": "30",
        },
        ticked={"sobota – rano", "polski", "Organizacja wydarzeń", CONSENT},
        files={},
        submit="Zarejestruj się",
    )

    assert page.get_by_role("heading", name="Sprawdź skrzynkę pocztową").is_visible(), [
        v["label"] for v in visited
    ]
    run_tasks()  # the registration is saved and mailed by the worker
    volunteer = Volunteer.objects.get(email="zofia@example.org")
    assert volunteer.place_name == "Wieliczka" and volunteer.age_bracket == "30-49"
    assert "website" not in {v["name"] for v in visited}, "the honeypot took focus"
    assert [m.to for m in mail.outbox] == [["zofia@example.org"]]


def test_an_applicant_applies_with_the_keyboard_alone(page, demo_site, tmp_path):
    cv = tmp_path / "cv.pdf"
    cv.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    page.goto(demo_site + "/organizacje/fundacja-bis/praca/ksiegowy-ksiegowa/")
    skip_to_main(page)
    follow_link_by_keyboard(page, "Aplikuj")  # the form is on a page of its own
    skip_to_main(page)

    fill_by_keyboard(
        page,
        typed={
            "name": "Jan Tabulator",
            "email": "jan@example.org",
            "cover_letter": "Mam 8 lat doświadczenia w księgowości organizacji pozarządowych.",
        },
        ticked={CONSENT},
        files={"cv": str(cv)},
        submit="Wyślij zgłoszenie",
    )

    # The confirmation page (GOV.UK's panel): its heading, and the message naming the address.
    assert page.get_by_role("heading", name="Zgłoszenie wysłane").is_visible()
    assert "Dziękujemy" in page.locator(".confirmation-panel").inner_text()
    application = JobApplication.objects.get(email="jan@example.org")
    assert application.name == "Jan Tabulator" and application.cv
