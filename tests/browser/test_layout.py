"""Issue 17's proof in a real browser: on the home page, both boards, a posting, an offer and
the events listing and an event, in Polish and English, on a 390 × 844 phone and a 1366 × 900
screen, the main call to action (or the first result) is inside the first screen, nothing
scrolls sideways, and every tap target is at least 24 × 24 px (WCAG 2.2, 2.5.8). Full-page
screenshots go to var/screenshots/layout/ for a person to look at.

One demo network, one browser page per screen size: the pages are walked in a loop and every
problem is collected, so one run names them all."""

from pathlib import Path

from wagtail.models import Locale

import pytest

from jobs.models import JobBoardPage, JobPostingPage
from pages.models import ConferenceIndexPage, ConferencePage
from volunteering.models import VolunteerBoardPage, VolunteerOfferPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots" / "layout"
VIEWPORTS = ({"width": 390, "height": 844}, {"width": 1366, "height": 900})
# What must be inside the first screen on each page type (all of the listed elements).
ABOVE_THE_FOLD = {
    "home": (".front-door__actions", ".front-door__search"),
    "job-board": ("main .card .card__title",),
    "posting": (".detail-header .button--start",),
    "volunteer-board": ("main .card .card__title",),
    "offer": (".detail-header .button--start",),
    "events": ("main .card .card__title",),
    "event": ("main .call-to-action .button",),
}
DETAIL_MODELS = {
    "job-board": JobBoardPage,
    "posting": JobPostingPage,
    "volunteer-board": VolunteerBoardPage,
    "offer": VolunteerOfferPage,
    "events": ConferenceIndexPage,
    "event": ConferencePage,
}

MEASURE = """(selectors) => {
  const height = window.innerHeight;
  const missing = [], below = [];
  for (const selector of selectors) {
    const element = document.querySelector(selector);
    if (!element) { missing.push(selector); continue; }
    const box = element.getBoundingClientRect();
    if (box.bottom > height || box.top < 0) {
      below.push(`${selector} at ${Math.round(box.top)}–${Math.round(box.bottom)} px`);
    }
  }
  // A link inside a sentence is exempt from the target size (2.5.8's inline exception).
  const inSentence = (element) => {
    if (getComputedStyle(element).display !== 'inline') return false;
    const text = (element.parentElement.innerText || '').trim();
    return text.length > (element.innerText || '').trim().length;
  };
  const small = [];
  const targets = 'a[href], button, input:not([type=hidden]), select, textarea, summary';
  for (const element of document.querySelectorAll(targets)) {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
    if (element.closest('.visually-hidden, .hp-field, [hidden]')) continue;
    if (element.matches('.skip-link') || inSentence(element)) continue;
    if (box.width < 23.5 || box.height < 23.5) {
      const name = (element.innerText || element.name || '').trim().slice(0, 30);
      const size = `${Math.round(box.width)}×${Math.round(box.height)}`;
      small.push(`${element.tagName.toLowerCase()} "${name}" ${size}`);
    }
  }
  const root = document.documentElement;
  return {missing, below, small, overflow: root.scrollWidth - root.clientWidth};
}"""


def pages_to_check() -> dict[str, str]:
    paths = {}
    for code in ("pl", "en"):
        locale = Locale.objects.get(language_code=code)
        paths[f"home-{code}"] = "/" if code == "pl" else "/en/"
        for name, model in DETAIL_MODELS.items():
            page = model.objects.live().filter(locale=locale).order_by("path").first()
            assert page is not None, f"the demo network has no {name} in {code}"
            paths[f"{name}-{code}"] = page.url
    return paths


def test_calls_to_action_fit_the_first_screen_without_sideways_scroll_or_small_targets(
    browser, demo_site
):
    paths = pages_to_check()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    problems = []

    for viewport in VIEWPORTS:
        context = browser.new_context(viewport=viewport, locale="pl-PL")
        page = context.new_page()
        size = f"{viewport['width']}x{viewport['height']}"
        for name, path in paths.items():
            page.goto(demo_site + path)
            found = page.evaluate(MEASURE, list(ABOVE_THE_FOLD[name.rsplit("-", 1)[0]]))
            page.screenshot(path=SCREENSHOTS / f"{name}-{size}.png", full_page=True)
            label = f"{path} at {size}"
            problems += [f"{label}: no {selector}" for selector in found["missing"]]
            problems += [f"{label}: below the first screen: {where}" for where in found["below"]]
            problems += [f"{label}: tap target under 24 px: {small}" for small in found["small"]]
            if found["overflow"] > 0:
                problems.append(f"{label}: scrolls sideways by {found['overflow']} px")
        context.close()

    assert problems == []
