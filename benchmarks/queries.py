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

import time
from collections.abc import Callable

from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from pages.cache import FRAGMENT_SECONDS, bump_content_version


def _count(client: Client, path: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return len(captured)


def _window() -> int:
    return int(time.time()) // FRAGMENT_SECONDS


def _within_one_window(measure: Callable[[], int]) -> int:
    """`measure()`, again if the clock passed a five-minute mark meanwhile: fragments that
    change with the clock (pages.cache.fragment_stamp) are rebuilt at each mark, and a count
    that straddles one would count that rebuild, not the page (a flaky budget test)."""
    for _ in range(3):
        started = _window()
        counted = measure()
        if _window() == started:
            return counted
    return counted


def query_counts(client: Client, path: str) -> dict[str, int]:
    """{"warm": n, "cold": n, "empty": n} for one GET of `path`."""

    def warm() -> int:
        cache.clear()
        client.get(path)
        return _count(client, path)

    def cold() -> int:
        client.get(path)
        bump_content_version()
        return _count(client, path)

    def empty() -> int:
        cache.clear()
        return _count(client, path)

    return {
        "warm": _within_one_window(warm),
        "cold": _within_one_window(cold),
        "empty": _within_one_window(empty),
    }


def warm_and_cold_query_counts(client: Client, path: str) -> tuple[int, int]:
    """(warm, cold after a publish), see the module's docstring."""
    counts = query_counts(client, path)
    return counts["warm"], counts["cold"]
