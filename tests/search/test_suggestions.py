"""'Did you mean' from the engine: the phrase suggester corrects the query's words from the
indexed text, and the vocabulary's nearest topic is offered beside it, only when the search
found nothing or little."""

from django.utils import timezone

from wagtail.models import Page

import pytest

from search import fallback, indexing
from search.queries import SearchParams
from search.registry import NetworkDocument
from search.selectors import network_search

pytestmark = pytest.mark.django_db

TITLES = [
    ("Koordynator wolontariuszy", ["Wolontariat"]),
    ("Księgowa w fundacji", ["Księgowość"]),
    ("Grafik do kampanii", ["Komunikacja"]),
]


@pytest.fixture
def indexed(search_engine, settings):
    settings.SEARCH_TIMEOUT = 30  # a first search of a fresh index on a busy CI machine
    root = Page.get_first_root_node()
    documents = []
    for number, (title, tags) in enumerate(TITLES, start=1):
        page = root.add_child(instance=Page(title=title, slug=f"strona-{number}"))
        document = NetworkDocument(
            page_id=page.pk, kind="job", language="pl", title=title, url="/x/", tags=tags
        )
        fallback.store(document)
        documents.append(document)
    indexing.rebuild("pl", documents)


def _search(q: str):
    return network_search(SearchParams(q=q, language="pl"), today=timezone.localdate())


def test_the_engine_corrects_a_misspelt_query_and_offers_the_nearest_topic(indexed):
    misspelt = _search("koordynatr wolontariuszy")
    topic = _search("ksiegowsc")
    found = _search("grafik")

    assert misspelt.suggestion == "koordynator wolontariuszy"
    assert topic.topic_suggestion == "Księgowość"
    assert found.total == 1 and not found.suggestion and not found.topic_suggestion
