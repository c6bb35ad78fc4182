import pytest

from benchmarks.postgres import ThrowawayCluster, manage
from benchmarks.varnish import varnishd
from tests.tooling import missing


@pytest.fixture(scope="module")
def edge(tmp_path_factory):
    """The demo network on its own PostgreSQL, served as production serves it: Varnish in
    front of gunicorn (cms.settings.production), a task worker sending the purges."""
    if varnishd() is None:
        missing("varnishd is not installed (make system-deps installs Debian's varnish)")
    from benchmarks.edge_stack import edge_stack

    media_root = tmp_path_factory.mktemp("edge-media")
    cluster = ThrowawayCluster()
    try:
        cluster.start()
        manage("migrate", "--noinput", database_url=cluster.url, media_root=media_root)
        manage("load_demo_network", database_url=cluster.url, media_root=media_root)
        with edge_stack(database_url=cluster.url, media_root=media_root, threads=2) as stack:
            yield stack
    finally:
        cluster.remove()
