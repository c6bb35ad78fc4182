"""The network search on a real Elasticsearch 8.19 node (SEARCH_ENGINE=elasticsearch, the
`elasticsearch` client): connection and error translation, bulk loading, the alias switch,
`search_after` paging and outage fallback. Status and drift: tests/search/test_status.py runs
on both engines. The node has only what Maven Central serves (fixture `elasticsearch_engine`,
docs/search.md): no analysis-common, mapper-extras or percolator module."""

import io
import socket

from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from wagtail.search.backends.elasticsearch8 import Elasticsearch8SearchBackend

import pytest
from django_tasks_db.models import DBTaskResult

from jobs.factories import JobIndexPageFactory, JobPostingPageFactory
from search import engine, indexing
from search.mapping import alias_name
from tests.search.conftest import run_tasks

pytestmark = pytest.mark.django_db


def _dead_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # closed again: nothing listens there


def _index_names(alias: str) -> list[str]:
    return sorted(engine.call("indices.get_alias", name=alias))


def _postings(organisation, count: int) -> list:
    """`count` live job postings (not through the tasks: search_reindex reads the pages)."""
    index = JobIndexPageFactory(parent=organisation)
    titles = ["Księgowy / Księgowa"] + [
        f"Koordynator {n} / Koordynatorka {n}" for n in range(1, count)
    ]
    return [JobPostingPageFactory(parent=index, title=title) for title in titles]


def test_the_elasticsearch_client_answers_and_its_errors_become_engine_unavailable(
    elasticsearch_engine,
):
    call_command("search_reindex", verbosity=0)
    pl = alias_name("pl")

    health = engine.call("cluster.health")
    missing = engine.call("get", index=pl, id="987654", missing_ok=True)
    with pytest.raises(engine.EngineUnavailable, match="index_not_found_exception"):
        engine.call("search", index="no-such-index", body={"query": {"match_all": {}}})
    with pytest.raises(engine.EngineUnavailable, match="mapper_parsing_exception"):
        engine.call(
            "indices.create",
            index=f"{pl}_broken",
            body={"mappings": {"properties": {"title": {"type": "no-such-type"}}}},
        )

    assert health["cluster_name"].startswith("siec-es-")
    assert missing is None


def test_the_elasticsearch_client_refuses_an_opensearch_node_and_the_search_falls_back(
    search_node, settings, organisation
):
    settings.SEARCH_URL = ""
    posting = JobPostingPageFactory(
        parent=JobIndexPageFactory(parent=organisation), title="Koordynator / Koordynatorka"
    )
    posting.save_revision().publish()
    run_tasks()
    settings.SEARCH_ENGINE = "elasticsearch"
    settings.SEARCH_URL = search_node["url"]  # OpenSearch: the client checks the product

    with pytest.raises(engine.EngineUnavailable, match="not Elasticsearch"):
        engine.call("cluster.health")
    answer = Client().get("/api/search/", {"q": "koordynator"}).json()

    assert answer["reduced_mode"] is True
    assert answer["total"] == 1


def test_reindex_bulk_loads_every_page_and_switches_the_alias_atomically(
    elasticsearch_engine, organisation
):
    accountant = _postings(organisation, 8)[0]
    call_command("search_reindex", verbosity=0)
    pl = alias_name("pl")
    before = _index_names(pl)
    expected = sum(1 for _ in indexing.all_documents("pl"))

    report = indexing.rebuild("pl", bulk_size=3, threads=2)  # many batches, two in flight
    after = _index_names(pl)
    count = engine.call("count", index=pl)["count"]
    answer = Client().get("/api/search/", {"q": "księgową"}).json()

    assert report["documents"] == count == expected > 6
    assert len(before) == len(after) == 1 and before != after
    assert not engine.call("indices.exists", index=before[0])  # the old index is dropped
    assert answer["reduced_mode"] is False
    assert answer["results"][0]["title"] == accountant.title  # hunspell stemming, core filter


def test_search_after_pages_through_every_document_in_page_id_order(
    elasticsearch_engine, organisation
):
    _postings(organisation, 13)
    call_command("search_reindex", verbosity=0)
    pl = alias_name("pl")
    body = {"query": {"match_all": {}}, "sort": [{"page_id": "asc"}], "_source": ["page_id"]}

    ids = [
        hit["_source"]["page_id"] for hit in engine.sorted_hits(index=pl, body=body, page_size=4)
    ]

    assert len(ids) == engine.call("count", index=pl)["count"] > 3 * 4
    assert ids == sorted(set(ids))


def test_a_dead_node_first_in_the_list_is_skipped_by_the_elasticsearch_client(
    elasticsearch_engine, settings, organisation
):
    posting = JobPostingPageFactory(
        parent=JobIndexPageFactory(parent=organisation), title="Księgowy / Księgowa"
    )
    posting.save_revision().publish()
    run_tasks()
    engine.call("indices.refresh", index=alias_name("pl"))
    settings.SEARCH_URL = f"http://127.0.0.1:{_dead_port()},{elasticsearch_engine['url']}"

    answers = [Client().get("/api/search/", {"q": "księgową"}).json() for _ in range(5)]

    assert [answer["reduced_mode"] for answer in answers] == [False] * 5
    assert all(answer["results"][0]["title"] == posting.title for answer in answers)


def test_during_an_outage_search_falls_back_and_the_queued_page_arrives_afterwards(
    elasticsearch_engine, settings, organisation
):
    call_command("search_reindex", verbosity=0)
    settings.SEARCH_URL = f"http://127.0.0.1:{_dead_port()}"
    posting = JobPostingPageFactory(
        parent=JobIndexPageFactory(parent=organisation), title="Specjalista COP / Specjalistka COP"
    )

    posting.save_revision().publish()
    run_tasks()
    during = Client().get("/api/search/", {"q": "specjalista"}).json()
    settings.SEARCH_URL = elasticsearch_engine["url"]
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())
    run_tasks()
    engine.call("indices.refresh", index=alias_name("pl"))
    found = engine.call("get", index=alias_name("pl"), id=str(posting.pk))

    assert during["reduced_mode"] is True and during["total"] == 1
    assert not DBTaskResult.objects.filter(status="READY").exists()
    assert found["_source"]["title"] == posting.title


def test_wagtails_elasticsearch8_backend_indexes_and_answers_the_admin_search(
    elasticsearch_engine, settings, organisation, client, django_user_model, monkeypatch
):
    # modelsearch's n-gram analysers need analysis-common; the rest of its index is core.
    monkeypatch.setattr(
        Elasticsearch8SearchBackend,
        "settings",
        {
            "settings": {
                "analysis": {
                    "analyzer": {
                        "ngram_analyzer": {
                            "type": "custom",
                            "tokenizer": "standard",
                            "filter": ["lowercase"],
                        },
                        "edgengram_analyzer": {
                            "type": "custom",
                            "tokenizer": "standard",
                            "filter": ["lowercase"],
                        },
                    }
                }
            }
        },
    )
    prefix = f"{settings.SEARCH_INDEX_PREFIX}wagtail_"
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": [elasticsearch_engine["url"]],
            "INDEX_PREFIX": prefix,
            "TIMEOUT": 10,
            "OPTIONS": {},
            "INDEX_SETTINGS": {"settings": {"index": {"number_of_replicas": 0}}},
        }
    }
    accountant = _postings(organisation, 2)[0]
    call_command("update_index", stdout=io.StringIO())
    client.force_login(django_user_model.objects.create_superuser("root", "r@example.org", "pw"))

    indices = engine.call("indices.get_alias", index=f"{prefix}*")
    response = client.get("/admin/pages/search/results/", {"q": "Księgowy"})

    assert any(name.startswith(f"{prefix}wagtailcore_page") for name in indices), indices
    assert response.status_code == 200
    assert accountant.title in response.content.decode()
