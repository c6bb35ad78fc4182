"""Saved searches in the engine: each one is a percolator query in a per-language index, and
a new page is matched against all of them in one request instead of running every saved search
again. The database (SavedSearch) is the source of truth; this index can always be rebuilt."""

from collections import defaultdict
from collections.abc import Iterable

from search import engine, indexing
from search.mapping import LANGUAGES, alerts_alias, build_alert_index
from search.models import SavedSearch
from search.queries import alert_query, params_from
from search.registry import NetworkDocument

PAGE_SIZE = 5000


def _ensure(language: str) -> None:
    indexing.ensure_alias(
        alerts_alias(language), lambda name: build_alert_index(name, language).to_dict()
    )


def _source(saved: SavedSearch) -> dict:
    params = params_from(saved.criteria, language=saved.language)
    return {"query": alert_query(params).to_dict(), "saved_search_id": saved.pk}


def store(saved: SavedSearch) -> None:
    """Returns once the search is visible to percolation (the next refresh, within a second):
    a page published right after its confirmation is matched against it."""
    _ensure(saved.language)
    engine.call(
        "index",
        index=alerts_alias(saved.language),
        id=str(saved.pk),
        body=_source(saved),
        refresh="wait_for",
    )


def forget(saved_search_id: int, *, refresh: bool = False) -> None:
    for language in LANGUAGES:
        engine.call(
            "delete",
            index=alerts_alias(language),
            id=str(saved_search_id),
            refresh="true" if refresh else "false",
            missing_ok=True,
        )


def rebuild(language: str, searches: Iterable[SavedSearch], *, bulk_size: int = 2000) -> int:
    """A new versioned percolator index from `searches`, then one alias switch."""
    alias = alerts_alias(language)
    name = indexing.versioned_name(alias)
    engine.call(
        "indices.create",
        index=name,
        body=build_alert_index(name, language).to_dict(),
        timeout=indexing.BULK_TIMEOUT,
    )
    written, batch = 0, []
    for saved in searches:
        batch += [{"index": {"_index": name, "_id": str(saved.pk)}}, _source(saved)]
        if len(batch) >= 2 * bulk_size:
            written += indexing.send_bulk(batch)
            batch = []
    if batch:
        written += indexing.send_bulk(batch)
    engine.call("indices.refresh", index=name, timeout=indexing.BULK_TIMEOUT)
    indexing.switch_alias(alias, name)
    return written


def percolate(documents: list[NetworkDocument]) -> dict[int, set[int]]:
    """For each document (by page id), the ids of the saved searches it matches: one request
    per language and per PAGE_SIZE matching searches, however many documents there are."""
    matched: dict[int, set[int]] = defaultdict(set)
    by_language: dict[str, list[NetworkDocument]] = defaultdict(list)
    for document in documents:
        by_language[document.language].append(document)
    for language, group in by_language.items():
        _ensure(language)
        body = {
            "_source": False,
            "sort": [{"saved_search_id": "asc"}],
            "query": {
                "percolate": {
                    "field": "query",
                    "documents": [document.as_source() for document in group],
                }
            },
        }
        # Background work (the indexing task), with many stored queries to check.
        for hit in engine.sorted_hits(
            index=alerts_alias(language),
            body=body,
            page_size=PAGE_SIZE,
            timeout=indexing.BULK_TIMEOUT,
        ):
            # With one document the engine leaves the slot out: it can only be slot 0.
            for slot in hit.get("fields", {}).get("_percolator_document_slot", [0]):
                matched[group[slot].page_id].add(int(hit["_id"]))
    return dict(matched)
