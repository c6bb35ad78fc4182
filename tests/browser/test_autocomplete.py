"""The header's search box suggests pages as one types (cms/static/js/autocomplete.js): the
ARIA combobox pattern, driven from the keyboard alone, clean under axe with the list open; and
the box still submits to the search page when nothing is chosen."""

from django.core.management import call_command

import pytest
from playwright.sync_api import expect

from tests.browser.public_pages import node_tool
from tests.browser.test_accessibility import AXE_TAGS, RUN_AXE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_suggestion_is_chosen_with_the_arrow_keys_and_opened_with_enter(page, demo_site):
    call_command("search_reindex", verbosity=0)  # the database's search entries, no engine
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(demo_site + "/")
    box = page.get_by_role("combobox", name="Szukaj w sieci")

    box.press_sequentially("księg", delay=30)
    listbox = page.get_by_role("listbox", name="Podpowiedzi")
    expect(listbox).to_be_visible()
    first = listbox.get_by_role("option").first
    expect(first).to_contain_text("Księgow")
    expect(page.get_by_role("status").filter(has_text="Podpowiedzi:")).to_have_count(1)
    box.press("ArrowDown")
    expect(box).to_have_attribute("aria-expanded", "true")
    expect(box).to_have_attribute("aria-activedescendant", first.get_attribute("id"))
    expect(first).to_have_attribute("aria-selected", "true")
    page.evaluate(node_tool("axe-core/axe.min.js").read_text())
    violations = page.evaluate(RUN_AXE, AXE_TAGS)
    box.press("Escape")
    expect(listbox).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")
    box.press("ArrowDown")
    with page.expect_navigation():
        box.press("Enter")

    assert violations == []
    assert "/praca/" in page.url


def test_without_a_choice_enter_searches_as_the_plain_form_does(page, demo_site):
    call_command("search_reindex", verbosity=0)
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(demo_site + "/en/")
    box = page.get_by_role("combobox", name="Search the network")

    box.press_sequentially("senior", delay=30)
    expect(page.get_by_role("listbox", name="Suggestions")).to_be_visible()
    with page.expect_navigation():
        box.press("Enter")

    assert page.url.endswith("/en/search/?q=senior")
