"""WCAG 2.1 AA and valid HTML on every public page type, in Polish and English, forms with
their errors shown included: axe-core in Chromium and the Nu Html Checker (vnu.jar), both
from npm (`npm ci`, run by `make test`)."""

import json
import subprocess

from django.urls import reverse
from django.utils import translation

import pytest

from tests.browser.public_pages import java, node_tool, public_visits
from volunteering.factories import VolunteerFactory
from volunteering.tokens import MANAGE, make_token

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
RUN_AXE = """async (tags) => {
  const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} – ` +
    v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | '));
}"""


def volunteer_link(language_code: str) -> str:
    volunteer = VolunteerFactory(email=f"a11y-{language_code}@example.org")
    with translation.override(language_code):
        return reverse("volunteering:enter", args=[make_token(volunteer, MANAGE)])


def walk(page, base: str, visits) -> tuple[dict, dict]:
    """Visits each page; returns axe's violations and the served HTML, by visit label."""
    axe = node_tool("axe-core/axe.min.js").read_text()
    violations, documents = {}, {}
    for visit in visits:
        response = page.goto(base + visit.path)
        if visit.submit_empty:
            form = page.locator(visit.submit_empty).first
            assert form.count() == 1, f"no form to submit on {visit.path}"
            with page.expect_navigation() as navigation:
                form.locator("[type=submit]").last.click()
            response = navigation.value
        # Evaluated through the DevTools protocol, so the page's CSP does not block it.
        page.evaluate(axe)
        if found := page.evaluate(RUN_AXE, AXE_TAGS):
            violations[visit.label] = found
        documents[visit.label] = response.text()
    return violations, documents


def nu_checker_errors(documents: dict, folder) -> dict:
    files = {}
    for number, (label, html) in enumerate(documents.items()):
        path = folder / f"page-{number}.html"
        path.write_text(html)
        files[str(path)] = label
    # vnu silently checks nothing when given file: URIs; it wants plain paths.
    vnu = node_tool("vnu-jar/build/dist/vnu.jar")
    result = subprocess.run(
        [java(), "-jar", str(vnu), "--format", "json", "--stdout", "--errors-only", *files],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    errors = {}
    for message in json.loads(result.stdout)["messages"]:
        url = message.get("url", "").removeprefix("file:")
        label = files.get(url, url)
        errors.setdefault(label, []).append(
            f"line {message.get('lastLine')}: {message['message']} {message.get('extract', '')!r}"
        )
    return errors


@pytest.mark.parametrize("language_code", ["pl", "en"])
def test_public_pages_pass_axe_and_the_nu_html_checker(page, demo_site, language_code, tmp_path):
    visits = public_visits(language_code, volunteer_link=volunteer_link(language_code))
    labels = [visit.label for visit in visits]
    assert sum(visit.submit_empty is not None for visit in visits) >= 5, labels

    violations, documents = walk(page, demo_site, visits)

    problems = {"axe": violations, "nu": nu_checker_errors(documents, tmp_path)}
    assert problems == {"axe": {}, "nu": {}}, json.dumps(problems, indent=1, ensure_ascii=False)


def test_the_checkers_catch_a_broken_page(page, tmp_path):
    broken = "<!DOCTYPE html><html><head></head><body><img src='x.png'><input><li></li></body>"
    page.set_content(broken)
    page.evaluate(node_tool("axe-core/axe.min.js").read_text())

    found = {line.split()[0] for line in page.evaluate(RUN_AXE, AXE_TAGS)}
    errors = nu_checker_errors({"broken": broken}, tmp_path)

    assert {"html-has-lang", "image-alt", "label"} <= found
    assert len(errors["broken"]) >= 3
