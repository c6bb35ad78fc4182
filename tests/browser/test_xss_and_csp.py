"""Hostile text through public forms, query strings and editors' plain-text fields, rendered by
Chromium under the real Content-Security-Policy: no dialog ever opens, and no page (hostile
or ordinary) reports a CSP violation."""

from urllib.parse import quote

import pytest

from jobs.factories import JobPostingPageFactory
from jobs.models import JobCategory, JobIndexPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAYLOADS = [
    "</script><script>alert('xss-1')</script>",
    '"><img src=x onerror=alert("xss-2")>',
    "'><svg onload=alert('xss-3')>",
    "javascript:alert('xss-4')",
    "<a href=\"javascript:alert('xss-5')\">klik</a>",
    "{{ 7*7 }}{% debug %}",
    "\u202eevil\u202c <b onmouseover=alert('xss-6')>",
]
WATCH = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(event.violatedDirective + ' ' + (event.blockedURI || 'inline'));
});
"""


@pytest.fixture
def watched(page):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.add_init_script(WATCH)

    def violations():
        return page.evaluate("window.__violations")

    return page, dialogs, violations


def test_ordinary_pages_report_no_csp_violation(watched, demo_site):
    page, dialogs, violations = watched
    paths = ["/", "/en/", "/praca/", "/wolontariat/", "/organizacje/", "/programy/"]
    paths += ["/wydarzenia/", "/szukaj/?q=ksi%C4%99gowa", "/organizacje/fundacja-bis/"]
    paths += ["/wolontariusz/rejestracja/", "/deklaracja-dostepnosci/"]
    for path in paths:
        page.goto(demo_site + path)
        assert page.locator("h1").count() == 1, path
        assert violations() == [], path
    assert dialogs == []

    # The watcher works and the policy is enforced: an injected inline script is blocked.
    page.evaluate(
        "() => { const s = document.createElement('script');"
        " s.textContent = 'alert(1)'; document.body.appendChild(s); }"
    )
    page.wait_for_timeout(200)
    assert dialogs == []
    assert [v.split()[0] for v in violations()] == ["script-src-elem"]


def test_hostile_input_never_runs(watched, demo_site):
    page, dialogs, violations = watched
    index = JobIndexPage.objects.filter(locale__language_code="pl").first()
    category = JobCategory.objects.filter(locale__language_code="pl").first()
    postings = [
        JobPostingPageFactory(
            parent=index, category=category, title=payload[:200], summary=payload, city=payload[:80]
        )
        for payload in PAYLOADS
    ]

    for payload in PAYLOADS:
        for path in ("/szukaj/?q=", "/praca/?city=", "/wolontariat/?city=", "/wydarzenia/?tag="):
            page.goto(demo_site + path + quote(payload))
        page.goto(demo_site + "/wolontariusz/rejestracja/")
        page.locator("input[name=name]").fill(payload)
        page.locator("input[name=email]").fill(payload)
        page.get_by_role("button", name="Zarejestruj się").click()
        assert page.locator(".form-errors, .field__error").count() > 0
    for posting in postings:
        page.goto(demo_site + posting.url)
        assert page.get_by_role("heading", level=1).inner_text() == posting.title
    page.goto(demo_site + "/praca/")
    page.goto(demo_site + "/praca/rss/")

    assert dialogs == []
    assert violations() == []
