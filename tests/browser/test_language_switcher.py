import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_home_page_in_both_languages_and_the_switcher_on_an_organisation_page(page, demo_site):
    page.goto(demo_site + "/")
    assert page.locator("html").get_attribute("lang") == "pl"
    assert page.get_by_role("heading", level=1).inner_text() == "Sieć organizacji Małopolski"
    assert page.get_by_role("link", name="Fundacja Biuro Inicjatyw Społecznych").is_visible()

    page.get_by_role("navigation", name="Język").get_by_role("link", name="English").click()
    page.wait_for_url(demo_site + "/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert (
        page.get_by_role("heading", level=1).inner_text() == "Małopolska network of organisations"
    )
    assert (
        page.get_by_role("navigation", name="Language")
        .get_by_role("link", name="Polski")
        .is_visible()
    )

    page.goto(demo_site + "/organizacje/fundacja-bis/")
    assert (
        page.get_by_role("heading", level=1)
        .inner_text()
        .startswith("Fundacja Biuro Inicjatyw Społecznych")
    )
    switcher = page.locator(".language-switcher a[hreflang='en']")
    assert switcher.get_attribute("href") == "/en/organisations/bis-foundation/"
    switcher.click()
    page.wait_for_url(demo_site + "/en/organisations/bis-foundation/")
    assert page.locator("html").get_attribute("lang") == "en"
    back = page.locator(".language-switcher a[hreflang='pl']")
    assert back.get_attribute("href") == "/organizacje/fundacja-bis/"


def test_the_skip_link_moves_keyboard_focus_to_the_main_content(page, demo_site):
    page.goto(demo_site + "/organizacje/")

    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    page.keyboard.press("Enter")

    assert focused == "#main"
    assert page.evaluate("document.activeElement.id") == "main"
