import os
import shutil

from wagtail.models import Locale

import pytest

from tests.demo_network import load_demo_network
from tests.tooling import missing

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        missing(f"Chromium not found at {CHROMIUM}: `make test` installs Debian's chromium.")
    # Playwright's sync API runs an event loop in this thread; the Django ORM calls made by
    # test fixtures alongside it are still synchronous and safe.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def demo_site(live_server, locales):
    """The demo network behind a live server; its base URL."""
    load_demo_network()
    # The network may come back from the session's copy with locales of its own ids.
    locales.update({code: Locale.objects.get(language_code=code) for code in locales})
    return live_server.url


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="pl-PL")
    page = context.new_page()
    yield page
    context.close()
