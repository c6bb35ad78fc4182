"""The network search against a real OpenSearch node (started by tests/search/conftest.py)."""

from django.core.management import call_command
from django.test import Client

import pytest
from django_tasks_db.models import DBTaskResult

from jobs.factories import JobIndexPageFactory, JobPostingPageFactory
from jobs.models import JobPostingPage
from search import engine
from search.mapping import alias_name
from search.models import NetworkEntry
from tests.search.conftest import run_tasks
from volunteering.models import Volunteer

pytestmark = pytest.mark.django_db


def _titles(response) -> list[str]:
    assert response.status_code == 200, response.content[:500]
    return [hit["title"] for hit in response.json()["results"]]


def test_demo_network_relevance_facets_highlights_and_autocomplete(search_engine):
    call_command("load_demo_network", verbosity=0)
    call_command("search_reindex", verbosity=0)
    client = Client()
    accountant = JobPostingPage.objects.get(locale__language_code="pl", slug="ksiegowy-ksiegowa")

    for query in ("księgową", "ksiegowa", "Księgowy", "ksiegowx"):  # the last with a typo
        assert _titles(client.get("/api/search/", {"q": query}))[0] == accountant.title, query

    seniors = _titles(client.get("/api/search/", {"q": "wolontariat seniorzy"}))
    assert any("Senior" in title for title in seniors)
    assert _titles(client.get("/api/search/", {"q": "konferencja HR"}))[0] == "HR w NGO"
    english = _titles(client.get("/api/search/", {"q": "accountants", "lang": "en"}))
    assert english[0] == "Accountant"

    data = client.get("/api/search/", {"q": "księgowa"}).json()
    assert {"value": "job", "count": 2} in data["facets"]["kind"]
    assert data["facets"]["city"][0]["value"] == "Kraków"
    filtered = client.get("/api/search/", {"q": "księgowa", "employment_type": "MANDATE_CONTRACT"})
    assert filtered.json()["total"] == 1

    highlighted = client.get("/api/search/", {"q": "grantów"}).json()["results"]
    assert any("<mark>" in hit["highlight"] for hit in highlighted)

    near = client.get("/api/search/", {"city": "Skawina", "radius": 20, "sort": "distance"})
    distances = [hit["distance_km"] for hit in near.json()["results"]]
    assert distances and distances == sorted(distances) and distances[-1] <= 20

    suggestions = client.get("/api/search/autocomplete/", {"q": "księg"}).json()["suggestions"]
    assert accountant.title in [item["title"] for item in suggestions]

    page = client.get("/szukaj/", {"q": "księgowa"})
    assert page.status_code == 200
    assert accountant.title in page.content.decode()
    assert "tryb" not in page.content.decode().lower() or "ograniczon" not in page.content.decode()

    # Volunteers are personal data: never in the index, whatever is searched.
    volunteer = Volunteer.objects.first()
    assert volunteer is not None
    assert client.get("/api/search/", {"q": volunteer.name}).json()["total"] == 0


def test_bad_input_gets_a_clear_answer(search_engine):
    client = Client()
    long = client.get("/szukaj/", {"q": "a" * 5000})
    assert long.status_code == 400
    assert "200" in long.content.decode()
    assert client.get("/api/search/", {"q": '"niezamknięty cudzysłów'}).status_code == 200
    assert client.get("/api/search/", {"q": "a) OR (b"}).status_code == 200
    bad_kind = client.get("/api/search/", {"kind": "nonsense"})
    assert bad_kind.status_code == 400
    assert "kind" in bad_kind.json()["errors"]
    assert client.get("/api/search/", {"organisation": "x\x0by"}).status_code == 400
    assert client.get("/api/search/", {"city": "Nibylandia"}).status_code == 400
    assert client.get("/api/search/", {"page": "100000"}).status_code == 400
    assert client.get("/api/search/autocomplete/", {"q": "a" * 5000}).status_code == 400


def _refresh():
    engine.call("indices.refresh", index=alias_name("pl"))


def test_publish_unpublish_and_delete_reach_the_index_through_the_worker(
    search_engine, organisation
):
    client = Client()
    index = JobIndexPageFactory(parent=organisation)
    posting = JobPostingPageFactory(parent=index, title="Specjalista COP / Specjalistka COP")
    posting.save_revision().publish()
    assert DBTaskResult.objects.filter(status="READY").exists()  # queued with the publish
    run_tasks()
    _refresh()
    assert posting.title in _titles(client.get("/api/search/", {"q": "specjalista COP"}))
    assert NetworkEntry.objects.filter(page_id=posting.pk).exists()

    posting.unpublish()
    run_tasks()
    _refresh()
    assert posting.title not in _titles(client.get("/api/search/", {"q": "specjalista COP"}))
    assert not NetworkEntry.objects.filter(page_id=posting.pk).exists()

    posting.save_revision().publish()
    run_tasks()
    page_id = posting.pk
    posting.delete()
    run_tasks()
    _refresh()
    assert engine.call("get", index=alias_name("pl"), id=str(page_id), missing_ok=True) is None
