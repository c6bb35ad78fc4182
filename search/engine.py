"""The connection to the search engine: OpenSearch through opensearch-py, or Elasticsearch
through its own client, the 8.x `elasticsearch` client pinned with elasticsearch-dsl (which
requires it, below 9); it refuses to talk to OpenSearch, and talks to Elasticsearch 9 in its
compatibility mode. Both are handed the same request bodies, built with elasticsearch-dsl and
serialised with `to_dict()`.

Configured by SEARCH_URL (unset: no engine, the database serves search; one node or a
comma-separated list) and SEARCH_ENGINE ("opensearch", the default, or "elasticsearch"); see
`search/connection.py` for credentials and TLS."""

from collections.abc import Iterator
from functools import cache

from django.conf import settings

import elastic_transport
import opensearchpy
from elasticsearch import ApiError as ElasticsearchApiError
from elasticsearch import Elasticsearch

from search.connection import ConfigurationError, EngineSettings, engine_settings


class EngineUnavailable(Exception):
    """The engine could not be reached or refused the request; callers fall back or retry."""


def is_configured() -> bool:
    return bool(settings.SEARCH_URL)


@cache
def build_client(config: EngineSettings):
    """One client per configuration and process. A dead node is skipped: a request that cannot
    connect is retried once on each other node (never after a timeout, which would double the
    wait of a slow cluster)."""
    retries = len(config.nodes) - 1
    auth = (config.username, config.password) if config.username else None
    if config.engine == "elasticsearch":
        return Elasticsearch(
            list(config.nodes),
            basic_auth=auth,
            request_timeout=config.timeout,
            max_retries=retries,
            retry_on_timeout=False,
            **config.client_options(),
        )
    return opensearchpy.OpenSearch(
        hosts=list(config.nodes),
        http_auth=auth,
        timeout=config.timeout,
        max_retries=retries,
        retry_on_timeout=False,
        **config.client_options(),
    )


def client():
    """The configured client; a setting it cannot use is EngineUnavailable, so a search falls
    back to the database (and `manage.py check` has already said why: search.E001)."""
    if not is_configured():
        raise EngineUnavailable("no search engine is configured (SEARCH_URL is empty)")
    try:
        return build_client(engine_settings(settings))
    except (ConfigurationError, ValueError, TypeError, ImportError) as error:
        raise EngineUnavailable(f"the search settings cannot be used: {error}") from error


# The client errors that mean "engine down or refusing". Both clients are always installed:
# opensearch-py, and the `elasticsearch` client that elasticsearch-dsl requires (pinned).
TRANSPORT_ERRORS: tuple[type[BaseException], ...] = (
    ConnectionError,
    TimeoutError,
    opensearchpy.TransportError,
    opensearchpy.ImproperlyConfigured,
    ElasticsearchApiError,
    elastic_transport.ApiError,
    elastic_transport.TransportError,
)


def _status(error: BaseException) -> int | None:
    status = getattr(error, "status_code", None)
    if isinstance(status, int):
        return status
    return getattr(getattr(error, "meta", None), "status", None)


def call(method: str, *, missing_ok: bool = False, timeout: float | None = None, **kwargs):
    """Calls one client API (`search`, `bulk`, `indices.create`, ...), turning any transport
    or engine error into EngineUnavailable. With `missing_ok`, a 404 answers None. `timeout`
    replaces SEARCH_TIMEOUT (which suits searches and single writes) for bulk work."""
    target = client()
    if timeout is not None:
        if settings.SEARCH_ENGINE == "elasticsearch":
            target = target.options(request_timeout=timeout)
        else:
            kwargs["request_timeout"] = timeout
    for part in method.split("."):
        target = getattr(target, part)
    try:
        response = target(**kwargs)
    except TRANSPORT_ERRORS as error:
        if missing_ok and _status(error) == 404:
            return None
        raise EngineUnavailable(str(error)[:500]) from error
    return getattr(response, "body", response)  # the Elasticsearch client wraps its answers


def sorted_hits(
    *, index: str, body: dict, page_size: int, timeout: float | None = None
) -> Iterator[dict]:
    """Every hit of a search whose body has a unique `sort`, page after page with
    `search_after` (deep `from` paging stops at 10,000 hits)."""
    after = None
    while True:
        page = {**body, "size": page_size}
        if after is not None:
            page["search_after"] = after
        hits = call("search", index=index, body=page, timeout=timeout)["hits"]["hits"]
        yield from hits
        if len(hits) < page_size:
            return
        after = hits[-1]["sort"]
