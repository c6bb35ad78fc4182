"""RSS and Atom feeds of the volunteer board, with the listing's filters."""

import feedparser
import pytest

from tests.feed_assertions import assert_head_links_feeds, assert_refused_like_the_listing
from tests.feeds_rfc4287 import atom_problems, rss_problems
from volunteering.factories import VolunteerOfferPageFactory

pytestmark = pytest.mark.django_db

CHECKERS = {"rss/": rss_problems, "atom/": atom_problems}


@pytest.fixture
def offers(offer, volunteer_index, terms):
    other = VolunteerOfferPageFactory(
        parent=volunteer_index, title="Pomoc seniorom", terms__causes=[terms["seniors"]]
    )
    return [offer, other]


@pytest.mark.parametrize("feed", ["rss/", "atom/"])
def test_the_offer_feeds_keep_every_rule_of_their_format(client, board, offers, organisation, feed):
    response = client.get(board.url + feed)
    parsed = feedparser.parse(response.content)

    assert response.status_code == 200
    assert CHECKERS[feed](response.content) == []
    assert not parsed.bozo
    assert {entry.link for entry in parsed.entries} == {offer.get_full_url() for offer in offers}
    assert all(entry.author == organisation.title for entry in parsed.entries)
    assert all("Zgłoszenia do" in entry.summary for entry in parsed.entries)


def test_a_filtered_offer_feed_names_its_filter(client, board, offers):
    parsed = feedparser.parse(client.get(board.url + "atom/?cause=seniorzy").content)

    assert [entry.title for entry in parsed.entries] == ["Pomoc seniorom"]
    assert parsed.feed.title == f"{board.title} – Seniorzy"
    (self_link,) = [link.href for link in parsed.feed.links if link.rel == "self"]
    assert self_link == board.get_full_url() + "atom/?cause=seniorzy"


@pytest.mark.parametrize("query", ["cause=bogus", "radius=abc", "period=7"])
@pytest.mark.parametrize("feed", ["rss/", "atom/"])
def test_an_offer_feed_refuses_an_invalid_filter_with_400_as_the_listing_does(
    client, board, offers, feed, query
):
    assert_refused_like_the_listing(client, board.url, feed, query)


@pytest.mark.parametrize("language", ["pl", "en"])
def test_the_volunteer_board_links_its_feeds_in_the_head_in_both_languages(
    client, board, in_english, language
):
    page = board if language == "pl" else in_english(board)

    html = client.get(page.url + "?remote=on").content.decode()

    remote = {"pl": "Tylko zdalnie", "en": "Remote only"}[language]
    assert_head_links_feeds(html, title=f"{page.title} – {remote}", url=page.url, query="remote=on")
