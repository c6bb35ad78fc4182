"""RSS and Atom feeds of the event index, with the listing's filters."""

import feedparser
import pytest

from pages.factories import ConferencePageFactory
from tests.feed_assertions import assert_head_links_feeds, assert_refused_like_the_listing
from tests.feeds_rfc4287 import atom_problems, rss_problems

pytestmark = pytest.mark.django_db

CHECKERS = {"rss/": rss_problems, "atom/": atom_problems}


@pytest.fixture
def events(organisation):
    return [
        ConferencePageFactory(parent=organisation, title="Forum Organizacji", kind="FORUM"),
        ConferencePageFactory(parent=organisation, title="Warsztaty Grantowe", kind="WORKSHOP"),
    ]


@pytest.mark.parametrize("feed", ["rss/", "atom/"])
def test_the_event_feeds_keep_every_rule_of_their_format(
    client, conference_index, events, organisation, feed
):
    response = client.get(conference_index.url + feed)
    parsed = feedparser.parse(response.content)

    assert response.status_code == 200
    assert CHECKERS[feed](response.content) == []
    assert not parsed.bozo
    assert {entry.title for entry in parsed.entries} == {"Forum Organizacji", "Warsztaty Grantowe"}
    assert {entry.link for entry in parsed.entries} == {event.get_full_url() for event in events}
    assert all(entry.author == organisation.title for entry in parsed.entries)
    assert all("Kraków" in entry.summary for entry in parsed.entries)


def test_a_filtered_event_feed_names_its_filter(client, conference_index, events):
    parsed = feedparser.parse(client.get(conference_index.url + "atom/?kind=WORKSHOP").content)

    assert [entry.title for entry in parsed.entries] == ["Warsztaty Grantowe"]
    assert parsed.feed.title == f"{conference_index.title} – Warsztat"
    (self_link,) = [link.href for link in parsed.feed.links if link.rel == "self"]
    assert self_link == conference_index.get_full_url() + "atom/?kind=WORKSHOP"


@pytest.mark.parametrize(
    "query", ["kind=bogus", "from_date=abc", "from_date=2027-03-02&to_date=2027-03-01"]
)
@pytest.mark.parametrize("feed", ["rss/", "atom/"])
def test_an_event_feed_refuses_an_invalid_filter_with_400_as_the_listing_does(
    client, conference_index, events, feed, query
):
    assert_refused_like_the_listing(client, conference_index.url, feed, query)


@pytest.mark.parametrize("language", ["pl", "en"])
def test_the_event_index_links_its_feeds_in_the_head_in_both_languages(
    client, conference_index, in_english, language
):
    index = conference_index if language == "pl" else in_english(conference_index)

    html = client.get(index.url + "?when=UPCOMING").content.decode()

    when = {"pl": "Nadchodzące", "en": "Upcoming"}[language]
    assert_head_links_feeds(
        html, title=f"{index.title} – {when}", url=index.url, query="when=UPCOMING"
    )


def test_an_event_and_its_translation_have_different_entry_ids(
    client, conference_index, events, in_english
):
    english_index = in_english(conference_index)
    in_english(events[0])

    polish = feedparser.parse(client.get(conference_index.url + "atom/").content)
    english = feedparser.parse(client.get(english_index.url + "atom/").content)

    (english_entry,) = english.entries
    assert english_entry.id not in {entry.id for entry in polish.entries}
    assert english.feed.id != polish.feed.id
