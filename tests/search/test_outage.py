"""The engine stopped, or at an address that never answers: publishing goes on, the search
page answers from the database in reduced mode, and queued work is delivered on recovery."""

import socket
import time

from django.test import Client
from django.utils import timezone

import pytest
from django_tasks_db.models import DBTaskResult

from jobs.factories import JobIndexPageFactory, JobPostingPageFactory
from search import engine, node
from search.mapping import alias_name
from tests.search.conftest import run_tasks

pytestmark = pytest.mark.django_db


@pytest.fixture
def silent_engine(settings):
    """Accepts connections and never says a word."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(64)
        settings.SEARCH_URL = f"http://127.0.0.1:{listener.getsockname()[1]}"
        settings.SEARCH_TIMEOUT = 1
        yield


def _posting(organisation, title="Specjalista COP / Specjalistka COP"):
    index = JobIndexPageFactory(parent=organisation)
    return JobPostingPageFactory(parent=index, title=title)


def _retries(page_id):
    return DBTaskResult.objects.filter(status="READY", args_kwargs__args=[page_id, 1])


def test_publishing_does_not_wait_for_a_silent_engine(silent_engine, organisation):
    posting = _posting(organisation)
    started = time.perf_counter()
    posting.save_revision().publish()
    assert time.perf_counter() - started < 1 + 1  # client timeout + 1 s

    run_tasks()
    retry = _retries(posting.pk).get()
    assert retry.run_after > timezone.now()  # queued again, with a delay

    response = Client().get("/szukaj/", {"q": "specjalista"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "trybie ograniczonym" in content
    assert posting.title in content  # answered from the database
    api = Client().get("/api/search/", {"q": "specjalista"}).json()
    assert api["reduced_mode"] is True and api["total"] == 1


def test_queued_page_is_delivered_after_the_engine_comes_back(settings, organisation, tmp_path):
    port = node.free_port()
    process = node.start(port=port, base_path=tmp_path, cluster_name=f"siec-outage-{port}")
    settings.SEARCH_URL = node.url_for(port)
    settings.SEARCH_TIMEOUT = 2
    settings.SEARCH_INDEX_PREFIX = "outage_"
    try:
        node.stop(process)
        posting = _posting(organisation)
        posting.save_revision().publish()
        run_tasks()
        assert _retries(posting.pk).exists()

        process = node.start(port=port, base_path=tmp_path, cluster_name=f"siec-outage-{port}")
        _retries(posting.pk).update(run_after=timezone.now())  # the back-off has passed
        run_tasks()
        assert not DBTaskResult.objects.filter(status="READY").exists()
        engine.call("indices.refresh", index=alias_name("pl"))
        found = engine.call("get", index=alias_name("pl"), id=str(posting.pk))
        assert found["_source"]["title"] == posting.title
    finally:
        node.stop(process)
