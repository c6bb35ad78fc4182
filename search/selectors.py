"""Answering a network search: the engine when it answers, the database when it does not."""

import datetime
import logging

from django.core.cache import cache

from search import engine, fallback, queries
from search.privacy import hidden_page_ids
from search.queries import SearchParams, SearchResults

logger = logging.getLogger(__name__)

# After a failure, searches skip the engine for a while instead of each waiting for the
# client timeout; the first search after that tries it again.
ENGINE_DOWN_KEY = "siec:search-engine-down"
ENGINE_DOWN_SECONDS = 30


def _engine_usable() -> bool:
    return engine.is_configured() and not cache.get(ENGINE_DOWN_KEY)


def _engine_failed(error: Exception) -> None:
    logger.warning("search engine unavailable, answering from the database: %s", error)
    cache.set(ENGINE_DOWN_KEY, True, ENGINE_DOWN_SECONDS)


def network_search(params: SearchParams, *, today: datetime.date) -> SearchResults:
    # Pages made private leave the index through a task; until it has run they are filtered.
    hidden = hidden_page_ids()
    if _engine_usable():
        try:
            results = queries.run(params, today=today, hidden=hidden)
        except engine.EngineUnavailable as error:
            _engine_failed(error)
        else:
            return _with_topic_suggestion(results, params)
    results = fallback.run(params, today=today, hidden=hidden)
    # Without any engine configured the database is the normal mode, not a reduced one.
    results.reduced = engine.is_configured()
    return results


def _with_topic_suggestion(results: SearchResults, params: SearchParams) -> SearchResults:
    """Beside the engine's corrected words, the nearest topic of the vocabulary, for a search
    that found nothing or little (the database's "did you mean", search.fallback)."""
    if params.q and results.total < queries.FEW_RESULTS:
        topic = fallback.nearest_topic(params.q, params.language)
        if topic.casefold() not in (params.q.casefold(), results.suggestion.casefold()):
            results.topic_suggestion = topic
    return results


def suggestions(prefix: str, *, language: str) -> tuple[list[dict], bool]:
    hidden = hidden_page_ids()
    if _engine_usable():
        try:
            return queries.autocomplete(prefix, language=language, hidden=hidden), False
        except engine.EngineUnavailable as error:
            _engine_failed(error)
    return (
        fallback.autocomplete(prefix, language=language, hidden=hidden),
        engine.is_configured(),
    )
