"""The search page finds what the header's autocomplete suggested: the last word of a query
also matches as the start of a word, on the engine and on the database fallback, with
whole-word matches ranked first, stemming kept, and saved alerts still matching whole words."""

from django.utils import timezone

from wagtail.models import Page

import pytest

from search import fallback, indexing
from search.queries import SearchParams, alert_query
from search.registry import NetworkDocument
from search.selectors import network_search, suggestions

pytestmark = pytest.mark.django_db

TITLES = [
    "Księgowa w fundacji",
    "Księgowy / Księgowa",
    "Pomoc w księgowości",
    "Kot w schronisku",
    "Kotlina Kłodzka sprząta",
    "Grafik do kampanii",
]


def _documents() -> list[NetworkDocument]:
    root = Page.get_first_root_node()
    documents = []
    for number, title in enumerate(TITLES, start=1):
        page = root.add_child(instance=Page(title=title, slug=f"strona-{number}"))
        document = NetworkDocument(
            page_id=page.pk, kind="job", language="pl", title=title, url=f"/{number}/"
        )
        fallback.store(document)
        documents.append(document)
    return documents


@pytest.fixture(params=["engine", "fallback"])
def indexed(request, settings):
    if request.param == "engine":
        request.getfixturevalue("search_engine")
        settings.SEARCH_TIMEOUT = 30  # a first search of a fresh index on a busy CI machine
        indexing.rebuild("pl", _documents())
    else:
        request.getfixturevalue("no_engine")
        _documents()
    return request.param


def _titles(q: str) -> list[str]:
    results = network_search(SearchParams(q=q, language="pl"), today=timezone.localdate())
    return [hit.title for hit in results.hits]


def test_the_search_finds_every_title_the_autocomplete_suggests_for_a_prefix(indexed):
    suggested, _reduced = suggestions("ksi", language="pl")

    found = _titles("ksi")

    assert {item["title"] for item in suggested} == {
        "Księgowa w fundacji",
        "Księgowy / Księgowa",
        "Pomoc w księgowości",
    }
    assert set(found) == {item["title"] for item in suggested}


def test_whole_word_matches_come_before_matches_of_a_word_start(indexed):
    found = _titles("kot")

    assert found == ["Kot w schronisku", "Kotlina Kłodzka sprząta"]


def test_only_the_last_word_is_completed_and_stemming_still_applies(indexed):
    assert _titles("pomoc ksi") == ["Pomoc w księgowości"]
    assert _titles("ksi pomoc") == []
    assert "Księgowa w fundacji" in _titles("księgową")


def test_a_saved_search_keeps_matching_whole_words_only():
    stored = str(alert_query(SearchParams(q="ksi", language="pl")).to_dict())

    assert "prefix" not in stored
