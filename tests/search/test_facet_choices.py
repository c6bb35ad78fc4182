"""Organisation and topic as checkbox lists: counts from the engine's aggregations and from the
database, ticks combined with OR within a facet and AND across facets, values that differ only
in case merged into one."""

from django.test import Client, RequestFactory
from django.utils import timezone, translation

from wagtail.models import Page

import pytest

from search import fallback, indexing, queries
from search.queries import SearchParams, SearchResults
from search.registry import NetworkDocument
from search.views import checkbox_facets, suggestion_query

pytestmark = pytest.mark.django_db

# Two spellings of one topic ("Kultura", "kultura") and of one organisation.
TAGGED = [
    ("Fundacja Alfa", ["Kultura", "Seniorzy"]),
    ("Fundacja Alfa", ["kultura"]),
    ("Stowarzyszenie Beta", ["Ekologia"]),
    ("fundacja alfa", ["Kultura"]),
]


def _documents() -> list[NetworkDocument]:
    root = Page.get_first_root_node()
    documents = []
    for number, (organisation, tags) in enumerate(TAGGED, start=1):
        page = root.add_child(instance=Page(title=f"Oferta {number}", slug=f"oferta-{number}"))
        documents.append(
            NetworkDocument(
                page_id=page.pk,
                kind="job",
                language="pl",
                title=f"Oferta {number}",
                url=f"/oferta-{number}/",
                organisation=organisation,
                tags=tags,
            )
        )
    return documents


@pytest.fixture
def database_search(no_engine):
    for document in _documents():
        fallback.store(document)
    return fallback.run


@pytest.fixture
def engine_search(search_engine, settings):
    settings.SEARCH_TIMEOUT = 30  # a first search of a fresh index on a busy CI machine
    indexing.rebuild("pl", _documents())
    return queries.run


def _facets_and_totals(search) -> dict:
    def ask(**chosen):
        return search(SearchParams(language="pl", **chosen), today=timezone.localdate(), hidden=[])

    return {
        "nothing ticked": ask().facets,
        "kultura": ask(tags=["kultura"]).total,
        "Kultura or Ekologia": ask(tags=["Kultura", "Ekologia"]).total,
        "Kultura and Fundacja Alfa": ask(tags=["Kultura"], organisations=["Fundacja Alfa"]).total,
        "Ekologia ticked": ask(tags=["Ekologia"]).facets,
    }


def _assert_checkbox_facet_behaviour(found: dict) -> None:
    assert found["nothing ticked"]["tags"] == [("Kultura", 3), ("Ekologia", 1), ("Seniorzy", 1)]
    assert found["nothing ticked"]["organisation"] == [
        ("Fundacja Alfa", 3),
        ("Stowarzyszenie Beta", 1),
    ]
    assert found["kultura"] == 3
    assert found["Kultura or Ekologia"] == 4
    assert found["Kultura and Fundacja Alfa"] == 3
    # A facet is counted without its own ticks (one more tick adds), under the others'.
    assert found["Ekologia ticked"]["tags"] == found["nothing ticked"]["tags"]
    assert found["Ekologia ticked"]["organisation"] == [("Stowarzyszenie Beta", 1)]


def test_database_facets_merge_case_and_combine_ticks_with_or_within_and_across(
    database_search,
):
    found = _facets_and_totals(database_search)

    _assert_checkbox_facet_behaviour(found)


def test_engine_facets_merge_case_and_combine_ticks_with_or_within_and_across(engine_search):
    found = _facets_and_totals(engine_search)

    _assert_checkbox_facet_behaviour(found)


def test_the_search_page_lists_topics_as_ticked_checkboxes_in_a_fieldset(database_search):
    page = Client().get("/szukaj/", {"tag": ["kultura", "Nieznany"]}).content.decode()

    fieldset = page.split("<legend>Temat</legend>")[1].split("</fieldset>")[0]
    assert 'name="tag" value="Kultura"' in fieldset
    assert 'value="Kultura" id="facet-tag-1" checked' in fieldset
    assert 'Kultura <span class="facet__count">(3)</span>' in fieldset
    assert 'value="Ekologia" id="facet-tag-2">' in fieldset  # not ticked
    assert 'value="Nieznany" id="facet-tag-4" checked' in fieldset  # kept, to untick
    assert 'name="organisation" value="Fundacja Alfa"' in page


def test_facet_counts_are_written_in_the_page_language():
    results = SearchResults(total=1234, hits=[], facets={"tags": [("Kultura", 1234)]})

    with translation.override("pl"):
        (polish,) = checkbox_facets(results, {"tag": []})
    with translation.override("en"):
        (english,) = checkbox_facets(results, {"tag": []})

    assert polish["options"][0]["count"] == "1\xa0234"
    assert english["options"][0]["count"] == "1,234"


def test_did_you_mean_keeps_the_ticked_filters_and_starts_from_the_first_page():
    request = RequestFactory().get(
        "/szukaj/", {"q": "kultra", "tag": ["Kultura", "Seniorzy"], "page": 3}
    )

    query = suggestion_query(request, "kultura")

    assert query == "q=kultura&tag=Kultura&tag=Seniorzy"


def test_too_many_ticks_get_a_clear_message_not_an_error_page(no_engine):
    response = Client().get("/szukaj/", {"tag": [f"temat {n}" for n in range(21)]})

    assert response.status_code == 400
    assert "20" in response.content.decode()
