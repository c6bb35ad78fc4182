"""Canonical links and Open Graph / Twitter tags on every public page, in both languages."""

from urllib.parse import urlsplit

from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from pages.factories import ConferencePageFactory
from pages.social import OG_LOCALES
from tests.browser.public_pages import one_page_of_each_type
from tests.demo_network import load_demo_network

pytestmark = pytest.mark.django_db

OPEN_GRAPH = ["og:type", "og:title", "og:description", "og:url", "og:image", "og:image:alt"]
TWITTER = ["twitter:card", "twitter:title", "twitter:description", "twitter:image"]


def social_tags(html: str) -> dict[str, str]:
    soup = BeautifulSoup(html, "html.parser")
    (canonical,) = soup.select("head link[rel=canonical]")
    tags = {"canonical": canonical["href"]}
    for meta in soup.select("head meta[property], head meta[name]"):
        tags.setdefault(meta.get("property") or meta["name"], meta["content"])
    return tags


def canonical(client, url: str) -> str:
    return social_tags(client.get(url).content.decode())["canonical"]


@pytest.mark.parametrize("language", ["pl", "en"])
def test_every_public_page_type_has_a_canonical_link_and_social_tags(client, locales, language):
    load_demo_network(run_on_commit=True)
    pages = one_page_of_each_type(language)
    assert len(pages) >= 10

    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        tags = social_tags(response.content.decode())

        assert tags["canonical"] == page.full_url, page.url
        assert tags["og:url"] == page.full_url
        assert [name for name in OPEN_GRAPH + TWITTER if not tags.get(name)] == [], page.url
        assert tags["og:title"] == (page.seo_title or page.title)
        assert tags["og:locale"] == OG_LOCALES[language]
        assert urlsplit(tags["og:image"]).scheme in {"http", "https"}
        assert tags["twitter:image"] == tags["og:image"]
        if "/share-cards/" in tags["og:image"]:
            assert tags["twitter:card"] == "summary_large_image"
            card = client.get(urlsplit(tags["og:image"]).path)
            assert (card.status_code, card["Content-Type"]) == (200, "image/png"), page.url
        else:  # an organisation's logo, square: Twitter's small card
            assert tags["twitter:card"] == "summary"


def test_a_view_without_a_page_has_its_own_canonical_and_the_networks_card(client, home):
    response = client.get(reverse("network_search") + "?q=ksi%C4%99gowa&utm_source=x")

    tags = social_tags(response.content.decode())

    assert tags["canonical"].endswith(reverse("network_search"))
    assert "/share-cards/" in tags["og:image"]
    assert tags["og:title"] == "Sieć"


@pytest.fixture
def thirteen_events(organisation, conference_index):
    for number in range(13):
        ConferencePageFactory(parent=organisation, title=f"Forum {number}", kind="FORUM")
    return conference_index


@pytest.mark.parametrize(
    "query",
    [
        "?when=UPCOMING",
        "?kind=FORUM&when=UPCOMING",
        "?kind=FORUM&page=2&when=UPCOMING",
        "?kind=NO_SUCH_KIND",
        "?organisation=alfa",
    ],
)
def test_filtered_variants_of_a_listing_point_at_the_unfiltered_listing(
    client, thirteen_events, query
):
    assert canonical(client, thirteen_events.url + query) == thirteen_events.full_url


def test_a_listing_filtered_by_a_landing_filter_alone_is_its_own_canonical(client, thirteen_events):
    url = thirteen_events.url + "?kind=FORUM&utm_source=newsletter"

    assert canonical(client, url) == thirteen_events.full_url + "?kind=FORUM"


def test_a_later_page_of_results_keeps_its_own_canonical(client, thirteen_events):
    assert (
        canonical(client, thirteen_events.url + "?page=2") == thirteen_events.full_url + "?page=2"
    )
    assert canonical(client, thirteen_events.url + "?page=1") == thirteen_events.full_url
    assert (
        canonical(client, thirteen_events.url + "?kind=FORUM&page=2")
        == thirteen_events.full_url + "?kind=FORUM&page=2"
    )
