import contextlib
import uuid
from unittest import mock

from django.core.management import call_command

import pytest

from search import engine, node
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
def no_engine(settings):
    settings.SEARCH_URL = ""


def run_tasks():
    """`manage.py db_worker --batch`: the real worker, over every task that is due. It closes
    stale connections between tasks, which would end the test's transaction; not here."""
    with mock.patch(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    ):
        call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
