"""SQL queries of one page render, counted the way the job listing benchmark, `make
bench-cold` and the query budget test all count them. Needs Django set up by the caller.

Three states of the caches:

- warm: the steady state of a running server;
- cold (after a publish): what the first visitor after any publish meets. Every publish bumps
  the content version (pages.signal_handlers), which empties every cached listing, directory,
  vocabulary and fragment at once; caches kept true by their own invalidation stay, as they
  do in production: Wagtail's site root paths (cleared when a Site or a site's root changes);
- empty: the whole shared cache cleared, as after a restart of Redis/Memcached.

Pages built in bulk never sent a publish signal, hence the clearing before each count."""

from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from pages.cache import bump_content_version


def _count(client: Client, path: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return len(captured)


def query_counts(client: Client, path: str) -> dict[str, int]:
    """{"warm": n, "cold": n, "empty": n} for one GET of `path`."""
    cache.clear()
    client.get(path)
    warm = _count(client, path)
    bump_content_version()
    cold = _count(client, path)
    cache.clear()
    empty = _count(client, path)
    return {"warm": warm, "cold": cold, "empty": empty}


def warm_and_cold_query_counts(client: Client, path: str) -> tuple[int, int]:
    """(warm, cold after a publish), see the module's docstring."""
    counts = query_counts(client, path)
    return counts["warm"], counts["cold"]
