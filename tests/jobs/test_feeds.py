"""The job board's RSS and Atom feeds, checked against RFC 4287, RSS 2.0 and feedparser."""

import feedparser
import pytest

from jobs.factories import JobCategoryFactory, JobPostingPageFactory
from tests.feed_assertions import assert_head_links_feeds, assert_refused_like_the_listing
from tests.feeds_rfc4287 import atom_problems, rss_problems

pytestmark = pytest.mark.django_db

CHECKERS = {"rss/": rss_problems, "atom/": atom_problems}


@pytest.fixture
def postings(job_index, accounting):
    return [
        JobPostingPageFactory(parent=job_index, category=accounting, title="Księgowa / Księgowy"),
        JobPostingPageFactory(
            parent=job_index,
            category=accounting,
            title="Kadrowa / Kadrowy",
            employment_type="MANDATE_CONTRACT",
        ),
    ]


@pytest.mark.parametrize("feed", ["rss/", "atom/"])
def test_the_job_feeds_keep_every_rule_of_their_format(client, board, postings, feed):
    response = client.get(board.url + feed)

    assert response.status_code == 200
    assert CHECKERS[feed](response.content) == []
    assert not feedparser.parse(response.content).bozo


def test_every_atom_entry_has_an_updated_date_an_iri_id_and_the_organisation_as_author(
    client, board, postings, organisation
):
    parsed = feedparser.parse(client.get(board.url + "atom/").content)

    assert parsed.feed.author == "Sieć"
    assert len(parsed.entries) == 2
    for entry in parsed.entries:
        assert entry.updated_parsed is not None
        assert entry.id.startswith("urn:uuid:")
        assert entry.author == organisation.title


@pytest.mark.parametrize("feed", ["rss/", "atom/"])
def test_every_link_in_a_feed_is_the_sites_own_absolute_address(client, board, postings, feed):
    parsed = feedparser.parse(client.get(board.url + feed).content)

    root = board.get_site().root_url
    assert parsed.feed.link == board.get_full_url()
    assert {entry.link for entry in parsed.entries} == {p.get_full_url() for p in postings}
    assert all(link.href.startswith(root) for link in parsed.feed.links)


def test_a_posting_and_its_translation_have_different_entry_ids(
    client, board, postings, in_english
):
    english_board = in_english(board)
    in_english(postings[0])

    polish = feedparser.parse(client.get(board.url + "atom/").content)
    english = feedparser.parse(client.get(english_board.url + "atom/").content)

    (english_entry,) = english.entries
    assert english_entry.id.startswith("urn:uuid:")
    assert english_entry.id not in {entry.id for entry in polish.entries}
    assert english.feed.id != polish.feed.id
    assert english.feed.language == "en"


def test_a_filtered_feed_names_its_filter_in_its_title_self_link_and_id(client, board, postings):
    query = "?employment_type=EMPLOYMENT_CONTRACT&city=Krak%C3%B3w"

    filtered = feedparser.parse(client.get(board.url + "atom/" + query).content)
    unfiltered = feedparser.parse(client.get(board.url + "atom/").content)

    assert [entry.title for entry in filtered.entries] == ["Księgowa / Księgowy"]
    assert filtered.feed.title == f"{board.title} – Umowa o pracę, Kraków"
    (self_link,) = [link.href for link in filtered.feed.links if link.rel == "self"]
    assert self_link == board.get_full_url() + "atom/" + query
    assert filtered.feed.link == board.get_full_url() + query
    assert filtered.feed.id != unfiltered.feed.id
    assert unfiltered.feed.title == board.title


def test_the_same_filter_in_another_order_is_the_same_feed(client, board, postings):
    first = client.get(board.url + "atom/?city=Krak%C3%B3w&employment_type=EMPLOYMENT_CONTRACT")
    second = client.get(board.url + "atom/?employment_type=EMPLOYMENT_CONTRACT&city=Krak%C3%B3w")

    first, second = feedparser.parse(first.content).feed, feedparser.parse(second.content).feed
    assert first.id == second.id
    canonical = board.get_full_url() + "atom/?employment_type=EMPLOYMENT_CONTRACT&city=Krak%C3%B3w"
    assert [link.href for link in first.links if link.rel == "self"] == [canonical]
    assert [link.href for link in second.links if link.rel == "self"] == [canonical]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("category=bogus", "- Rola: Nie ma takiej kategorii stanowisk."),
        ("min_salary=abc", "- Wynagrodzenie co najmniej (zł miesięcznie): Wpisz liczbę."),
        ("radius=10", "Podaj miejscowość, wokół której szukać."),
    ],
)
@pytest.mark.parametrize("feed", ["rss/", "atom/"])
def test_a_feed_refuses_an_invalid_filter_with_400_as_the_listing_does(
    client, board, postings, feed, query, message
):
    client.get("/en/")  # the refusal is in the feed's language, whatever was active before

    body = assert_refused_like_the_listing(client, board.url, feed, query)

    assert message in body


def test_the_listing_links_its_feeds_in_the_head_titled_after_its_filter(
    client, board, postings, locales
):
    JobCategoryFactory(name="IT", slug="it", locale=locales["pl"])

    html = client.get(board.url + "?category=ksiegowosc").content.decode()

    assert_head_links_feeds(
        html, title=f"{board.title} – Księgowość", url="/praca/", query="category=ksiegowosc"
    )


def test_the_english_board_links_its_own_feeds_titled_in_english(client, board, in_english):
    english_board = in_english(board)

    html = client.get(english_board.url + "?remote=on").content.decode()

    head = html.split("</head>")[0]
    assert (
        '<link rel="alternate" type="application/atom+xml" '
        f'title="Atom: {english_board.title} – Remote work only" '
        f'href="{english_board.url}atom/?remote=on">'
    ) in head


def test_a_listing_with_invalid_filters_links_no_feed_that_would_fail(client, board, postings):
    html = client.get(board.url + "?category=bogus").content.decode()

    assert 'rel="alternate" type="application/rss+xml"' not in html
