"""A real three-node OpenSearch cluster (one JVM per node, one replica of every index) loses
the node SEARCH_URL names first, by SIGKILL, while searches and publishes go on: every search
is answered by the engine, nothing published is lost, and once the node is back and the
cluster green, `search_status` finds no drift."""

import io
import threading
import time

from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone

import pytest
from django_tasks_db.models import DBTaskResult

from jobs.factories import JobIndexPageFactory, JobPostingPageFactory
from search import engine, node
from search.mapping import alias_name
from tests.search.conftest import run_tasks

pytestmark = pytest.mark.django_db

KILL_AFTER_SECONDS = 2
ROUNDS_WHILE_DOWN = 8


def _publish(index, number):
    posting = JobPostingPageFactory(parent=index, title=f"Księgowy {number} / Księgowa {number}")
    posting.save_revision().publish()
    run_tasks()
    return posting


def _search():
    return Client().get("/api/search/", {"q": "księgową", "per_page": 50}).json()


def _deliver_retries():
    """What a worker does as the retries fall due, without waiting for their back-off."""
    for _ in range(10):
        waiting = DBTaskResult.objects.filter(status="READY")
        if not waiting.exists():
            return
        waiting.update(run_after=timezone.now())
        run_tasks()
    raise AssertionError("tasks still waiting after ten worker runs")


def test_losing_the_first_node_under_load_loses_no_search_and_no_publication(
    search_cluster, settings, organisation
):
    cache.clear()  # no "engine down" mark left by another test
    index = JobIndexPageFactory(parent=organisation)
    published = [_publish(index, number) for number in range(3)]
    call_command("search_reindex", verbosity=0)  # the organisation's page too
    search_cluster.health()  # both copies of every shard allocated
    first = search_cluster.nodes[0]
    assert settings.SEARCH_URL.split(",")[0] == first.url
    killer = threading.Timer(KILL_AFTER_SECONDS, search_cluster.kill, args=[0])
    answers = []

    killer.start()
    started = time.monotonic()
    rounds_while_down = 0
    while rounds_while_down < ROUNDS_WHILE_DOWN:
        dead = first.process.poll() is not None
        published.append(_publish(index, len(published)))
        answers.append(_search())
        rounds_while_down += dead
        assert time.monotonic() - started < 120, "the stream did not see the node die"
    search_cluster.launch(0)
    while not node.is_up(first.url, path="/"):
        assert first.process.poll() is None, "the first node did not start again"
        assert time.monotonic() - started < 300, "the first node did not answer again"
        published.append(_publish(index, len(published)))
        answers.append(_search())
        time.sleep(1)  # leave the cores to the node starting again
    search_cluster.health()
    _deliver_retries()
    engine.call("indices.refresh", index=alias_name("pl"))
    final = _search()
    stored = engine.call(
        "search",
        index=alias_name("pl"),
        body={"query": {"ids": {"values": [p.pk for p in published]}}, "size": len(published)},
    )

    assert [answer["reduced_mode"] for answer in answers] == [False] * len(answers)
    assert final["reduced_mode"] is False
    assert final["total"] == len(published)
    titles = {hit["_source"]["title"] for hit in stored["hits"]["hits"]}
    assert titles == {p.title for p in published}
    report = io.StringIO()
    try:
        call_command("search_status", stdout=report)
    except CommandError:
        pytest.fail(f"drift after the node rejoined:\n{report.getvalue()}")
    assert report.getvalue().count("drift: none") == 4, report.getvalue()
