import contextlib
import subprocess
import uuid
from unittest import mock

from django.core.cache import cache
from django.core.management import call_command

import pytest
from elasticsearch_dsl import Object, Text, analyzer

from search import engine, es_node, mapping, node
from tests.tooling import missing


@pytest.fixture(scope="session")
def search_node(tmp_path_factory):
    """A real OpenSearch node for the session, built from Maven Central by search.node."""
    port = node.free_port()
    base = tmp_path_factory.mktemp("opensearch")
    try:
        with open(base / "node.log", "w") as log:
            process = node.start(
                port=port, base_path=base, cluster_name=f"siec-test-{port}", log=log
            )
    except (RuntimeError, OSError) as error:
        missing(
            f"OpenSearch could not start ({error}); see {base / 'node.log'}. "
            "`make test` installs what it needs."
        )
    yield {"url": node.url_for(port), "port": port, "base": base, "process": process}
    node.stop(process)


@pytest.fixture
def search_engine(search_node, settings):
    """The network search pointed at the session node, under an index prefix of its own."""
    settings.SEARCH_URL = search_node["url"]
    settings.SEARCH_INDEX_PREFIX = f"t{uuid.uuid4().hex[:10]}_"
    yield search_node
    with contextlib.suppress(engine.EngineUnavailable):
        engine.call("indices.delete", index=f"{settings.SEARCH_INDEX_PREFIX}*", missing_ok=True)


@pytest.fixture
def search_cluster(tmp_path, settings):
    """Three real OpenSearch nodes, one JVM each, every index with one replica; SEARCH_URL
    names all three, in the order of `cluster.nodes`."""
    try:
        cluster = node.start_cluster(
            size=3, base_path=tmp_path, cluster_name=f"siec-cluster-{uuid.uuid4().hex[:8]}"
        )
    except (RuntimeError, OSError) as error:
        missing(
            f"a 3-node OpenSearch cluster could not start ({error}); see {tmp_path}/node*/node.log"
        )
    settings.SEARCH_URL = ",".join(cluster.urls)
    settings.SEARCH_REPLICAS = settings.SEARCH_ALERT_REPLICAS = 1
    settings.SEARCH_INDEX_PREFIX = "cluster_"
    # Three JVMs and the test share two cores; a dead node refuses connections at once.
    settings.SEARCH_TIMEOUT = 20
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def elasticsearch_node(tmp_path_factory):
    """A real Elasticsearch 8.19 node for the session, from Maven Central (search.es_node)."""
    port = node.free_transport_port()  # Elasticsearch takes any HTTP port
    base = tmp_path_factory.mktemp("elasticsearch")
    try:
        with open(base / "node.log", "w") as log:
            process = es_node.start(
                port=port, base_path=base, cluster_name=f"siec-es-{port}", log=log
            )
    except (RuntimeError, OSError, subprocess.CalledProcessError) as error:
        missing(
            f"Elasticsearch could not start ({error}); see {base / 'node.log'}. "
            "`make test` installs what it needs."
        )
    yield {"url": node.url_for(port), "port": port, "base": base, "process": process}
    node.stop(process)


def core_analysis_only(monkeypatch):
    """The index as far as the Elasticsearch server jar can build it: the analysis-common,
    mapper-extras and percolator modules are not on Maven Central. Same fields; Polish keeps
    the core hunspell stemmer, but nothing is folded to ASCII, English is not stemmed, the
    autocomplete field is plain text and the saved-search query field is not a percolator."""
    monkeypatch.setattr(
        mapping, "folded", analyzer("folded", tokenizer="standard", filter=["lowercase"])
    )

    def text_analyzer(language):
        if language == "pl":
            stemming = [mapping.polish_hunspell]
            return analyzer("polish_text", tokenizer="standard", filter=["lowercase", *stemming])
        return analyzer("english_text", tokenizer="standard", filter=["lowercase", "stop"])

    monkeypatch.setattr(mapping, "text_analyzer", text_analyzer)
    monkeypatch.setattr(mapping, "SearchAsYouType", lambda analyzer: Text(analyzer=analyzer))
    monkeypatch.setattr(mapping, "Percolator", lambda: Object(enabled=False))


@pytest.fixture
def elasticsearch_engine(elasticsearch_node, settings, monkeypatch):
    """The network search on the Elasticsearch node (SEARCH_ENGINE=elasticsearch), under an
    index prefix of its own, with the index the node can build (core_analysis_only)."""
    settings.SEARCH_ENGINE = "elasticsearch"
    settings.SEARCH_URL = elasticsearch_node["url"]
    settings.SEARCH_INDEX_PREFIX = f"e{uuid.uuid4().hex[:10]}_"
    settings.SEARCH_TIMEOUT = 10  # a node on a busy two-core machine
    core_analysis_only(monkeypatch)
    cache.clear()  # no "engine down" mark left by another test
    yield elasticsearch_node
    with contextlib.suppress(engine.EngineUnavailable):
        engine.call("indices.delete", index=f"{settings.SEARCH_INDEX_PREFIX}*", missing_ok=True)


@pytest.fixture(params=["opensearch", "elasticsearch"])
def any_engine(request):
    """The test runs twice: on the OpenSearch node and on the Elasticsearch node."""
    return request.getfixturevalue(
        "search_engine" if request.param == "opensearch" else "elasticsearch_engine"
    )


@pytest.fixture
def no_engine(settings):
    settings.SEARCH_URL = ""


def run_tasks(queue_name: str = "*"):
    """`manage.py db_worker --batch`: the real worker, over every task that is due (in
    `queue_name`, every queue by default). It closes stale connections between tasks, which
    would end the test's transaction; not here."""
    with mock.patch(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    ):
        call_command(
            "db_worker", batch=True, no_startup_delay=True, verbosity=0, queue_name=queue_name
        )
