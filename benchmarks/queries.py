"""SQL queries of one page render, counted the way the job listing benchmark and the query
budget test both count them. Needs Django set up by the caller."""

from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext


def warm_and_cold_query_counts(client: Client, path: str) -> tuple[int, int]:
    """Queries with the shared cache warm (the steady state of a running server) and cold
    (right after a publish, which bumps the content version and so empties every cached
    listing and fragment). Pages built in bulk never sent that signal, hence the clearing."""
    counts = []
    for warm in (True, False):
        cache.clear()
        if warm:
            client.get(path)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        counts.append(len(captured))
    return counts[0], counts[1]
