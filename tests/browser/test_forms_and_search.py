"""Issue 17, points 4 and 8, in a real browser on the demo site: the job application form
submitted empty opens on its error summary (focused, inside the viewport), submitted valid
on its confirmation panel; and a search shows its first result in the first viewport,
without horizontal scroll and with tap targets of at least 24 × 24 px. Both languages,
a phone and a laptop width, in one browser journey. Screenshots: var/screenshots/forms/."""

from pathlib import Path

from django.core.management import call_command
from django.utils import translation

import pytest

from jobs.models import ApplyMethod, JobPostingPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots" / "forms"
VIEWPORTS = {"mobile": (390, 844), "desktop": (1366, 900)}
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
SEARCH = {"pl": "/szukaj/?q=ksi%C4%99gowa", "en": "/en/search/?q=accountant"}

IN_VIEWPORT = """element => {
  const box = element.getBoundingClientRect();
  return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
}"""
# Links and controls in <main> (the header is the design system's) smaller than WCAG 2.2's
# 24 × 24 px target (2.5.8), except links inside a sentence (the inline exception), the skip
# link, and checkboxes and radios (their label is the target).
SMALL_TARGETS = """() => [...document.querySelectorAll(
    'main a[href], main button, main input, main select, main summary')]
  .filter(el => {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
    if (el.closest('p, .rich-text') || el.classList.contains('skip-link')) return false;
    if (el.type === 'checkbox' || el.type === 'radio') return false;
    return box.width < 24 || box.height < 24;
  })
  .map(el => {
    const box = el.getBoundingClientRect();
    const text = el.textContent.trim().slice(0, 30);
    return `${el.tagName} ${text} ${Math.round(box.width)}x${Math.round(box.height)}`;
  })"""


def form_posting(language_code: str) -> str:
    posting = (
        JobPostingPage.objects.live()
        .filter(locale__language_code=language_code, apply_method=ApplyMethod.FORM)
        .order_by("path")
        .first()
    )
    with translation.override(language_code):
        return posting.url + posting.reverse_subpage("apply")


def test_the_application_form_and_search_work_at_both_widths_in_both_languages(
    browser, demo_site, settings, tmp_path
):
    settings.RATE_LIMITS = {"job-application": "100/m"}
    call_command("search_reindex", verbosity=0)  # the database's search entries, no engine
    cv = tmp_path / "cv.pdf"
    cv.write_bytes(PDF)
    apply_paths = {language: form_posting(language) for language in ("pl", "en")}
    failures = []

    for language, apply_path in apply_paths.items():
        for width_name, (width, height) in VIEWPORTS.items():
            context = browser.new_context(
                viewport={"width": width, "height": height}, locale=f"{language}-PL"
            )
            page = context.new_page()
            shot = f"{language}-{width_name}"

            page.goto(demo_site + apply_path)
            page.locator("main form button[type=submit]").click()
            summary = page.locator("#error-summary")
            summary.wait_for()
            page.screenshot(path=SCREENSHOTS / f"apply-errors-{shot}.png")
            title_prefix = "Błąd: " if language == "pl" else "Error: "
            if not page.title().startswith(title_prefix):
                failures.append((shot, "title", page.title()))
            if not summary.evaluate(IN_VIEWPORT):
                failures.append((shot, "error summary outside the viewport"))
            if page.evaluate("document.activeElement.id") != "error-summary":
                failures.append((shot, "error summary not focused"))
            summary.locator("a").first.click()  # a summary link reaches its field
            if page.evaluate("document.activeElement.tagName") not in {"INPUT", "TEXTAREA"}:
                failures.append((shot, "summary link does not reach a field"))

            page.locator("#id_name").fill("Zofia Wójcik-Łęcka")
            page.locator("#id_email").fill(f"zofia-{shot}@example.org")
            page.locator("#id_cv").set_input_files(cv)
            page.locator("#id_consent").check()
            page.locator("main form button[type=submit]").click()
            panel = page.locator(".confirmation-panel h1")
            panel.wait_for()
            page.screenshot(path=SCREENSHOTS / f"apply-sent-{shot}.png")
            if not panel.evaluate(IN_VIEWPORT):
                failures.append((shot, "confirmation outside the viewport"))
            if page.evaluate("document.activeElement.id") != "confirmation-title":
                failures.append((shot, "confirmation not focused"))

            page.goto(demo_site + SEARCH[language])
            page.screenshot(path=SCREENSHOTS / f"search-{shot}.png", full_page=True)
            first_result = page.locator("main .search-results > li, main .results > li").first
            if not first_result.count() or not first_result.evaluate(IN_VIEWPORT):
                failures.append((shot, "first search result outside the first viewport"))
            if page.evaluate("document.documentElement.scrollWidth > window.innerWidth"):
                failures.append((shot, "horizontal scroll on the search page"))
            small = page.evaluate(SMALL_TARGETS)
            if small:
                failures.append((shot, "tap targets under 24 px", small))
            context.close()

    assert failures == []
