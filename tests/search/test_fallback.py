"""The network search without an engine: the database entries and their full-text index."""

from django.core.management import call_command
from django.test import Client
from django.utils import timezone

import pytest

from jobs.models import JobPostingPage
from search.models import NetworkEntry
from tests.demo_network import load_demo_network
from tests.search.conftest import run_tasks

pytestmark = pytest.mark.django_db


def test_database_search_finds_filters_and_completes(no_engine):
    load_demo_network()
    call_command("search_reindex", verbosity=0)
    client = Client()
    accountant = JobPostingPage.objects.get(locale__language_code="pl", slug="ksiegowy-ksiegowa")

    for query in ("księgowa", "ksiegowa", "KSIĘGOWA"):
        data = client.get("/api/search/", {"q": query}).json()
        assert accountant.title in [hit["title"] for hit in data["results"]], query
        assert data["reduced_mode"] is False  # no engine configured: the normal mode

    seniors = client.get("/api/search/", {"q": "seniorzy"}).json()
    tags = {bucket["value"]: bucket["count"] for bucket in seniors["facets"]["tags"]}
    assert tags.get("seniorzy", 0) + tags.get("Seniorzy", 0) >= 2, tags
    tagged = client.get("/api/search/", {"tag": "Seniorzy"}).json()  # any case: one topic
    assert len([b for b in tagged["facets"]["tags"] if b["value"].casefold() == "seniorzy"]) == 1
    assert tagged["total"] == tags.get("seniorzy", 0) + tags.get("Seniorzy", 0)

    data = client.get("/api/search/", {"q": "księgowa", "kind": "job"}).json()
    assert {hit["kind"] for hit in data["results"]} == {"job"}
    assert {b["value"]: b["count"] for b in data["facets"]["kind"]}["job"] == data["total"]

    near = client.get("/api/search/", {"city": "Kraków", "radius": 30, "sort": "distance"}).json()
    distances = [hit["distance_km"] for hit in near["results"]]
    assert distances and distances == sorted(distances) and max(distances) <= 30

    titles = [
        s["title"]
        for s in client.get("/api/search/autocomplete/", {"q": "księg"}).json()["suggestions"]
    ]
    assert accountant.title in titles

    page = client.get("/szukaj/", {"q": "księgowa"})
    assert page.status_code == 200 and accountant.title in page.content.decode()
    assert client.get("/szukaj/", {"q": '"(a OR b'}).status_code == 200
    assert client.get("/en/search/", {"q": "accountant"}).status_code == 200


def test_unpublished_pages_leave_the_database_search(no_engine):
    load_demo_network()
    call_command("search_reindex", verbosity=0)
    accountant = JobPostingPage.objects.get(locale__language_code="pl", slug="ksiegowy-ksiegowa")
    accountant.unpublish()
    run_tasks()
    assert not NetworkEntry.objects.filter(page_id=accountant.pk).exists()
    data = Client().get("/api/search/", {"q": "księgowa"}).json()
    assert accountant.title not in [hit["title"] for hit in data["results"]]


def test_pages_behind_a_view_restriction_are_never_searchable(no_engine):
    from wagtail.models import PageViewRestriction

    load_demo_network()
    call_command("search_reindex", verbosity=0)
    accountant = JobPostingPage.objects.get(locale__language_code="pl", slug="ksiegowy-ksiegowa")
    # A restriction on an ancestor (the organisation) hides everything under it.
    PageViewRestriction.objects.create(
        page=accountant.get_parent().get_parent(),
        restriction_type=PageViewRestriction.PASSWORD,
        password="tajne",
    )
    accountant.save_revision().publish()
    run_tasks()
    assert not NetworkEntry.objects.filter(page_id=accountant.pk).exists()
    data = Client().get("/api/search/", {"q": "księgowa"}).json()
    assert accountant.title not in [hit["title"] for hit in data["results"]]


POLISH_ENDINGS = {
    "konferencji": {"HR w NGO", "Miejsca Otwarte – ogólnopolska konferencja"},
    "Ukraina": {"Wsparcie rodzin z Ukrainy w centrum LOWE"},
    "księgowa": {"Księgowy / Księgowa", "Pomoc księgowego / księgowej"},
    "ksiegowej": {"Księgowy / Księgowa", "Pomoc księgowego / księgowej"},
}


def test_database_search_understands_polish_word_endings_and_stores_the_stems(no_engine):
    load_demo_network()
    call_command("search_reindex", verbosity=0)
    client = Client()

    found = {
        query: {hit["title"] for hit in client.get("/api/search/", {"q": query}).json()["results"]}
        for query in POLISH_ENDINGS
    }

    assert all(wanted <= found[query] for query, wanted in POLISH_ENDINGS.items()), found
    ukraine = NetworkEntry.objects.get(title="Wsparcie rodzin z Ukrainy w centrum LOWE")
    assert "ukrainy" in ukraine.search_text.split()
    assert {"ukraina", "rodzina"} <= set(ukraine.search_stemmed.split())
    english = NetworkEntry.objects.filter(language="en").exclude(search_text="")
    assert english.exists() and not english.exclude(search_stemmed="").exists()


def test_database_search_without_stemming_finds_only_the_words_as_written(no_engine, settings):
    settings.SEARCH_POLISH_STEMMING = False
    load_demo_network()
    call_command("search_reindex", verbosity=0)

    data = Client().get("/api/search/", {"q": "Ukraina"}).json()

    assert data["total"] == 0
    assert not NetworkEntry.objects.exclude(search_stemmed="").exists()


def test_a_misspelt_search_without_results_suggests_the_nearest_topic(no_engine):
    from search import fallback
    from search.queries import SearchParams
    from search.registry import NetworkDocument

    fallback.store(
        NetworkDocument(
            page_id=1, kind="job", language="pl", title="Księgowa", url="/a/", tags=["Księgowość"]
        )
    )

    results = fallback.run(
        SearchParams(q="ksiegowsc", language="pl"), today=timezone.localdate(), hidden=[]
    )

    assert results.total == 0
    assert results.suggestion == "Księgowość"
