"""Writing the network index: one page at a time (from the task queue) or all of it at once
into a new versioned index that replaces the old one in a single alias switch."""

import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

from django.utils import timezone

from wagtail.models import Page

from search import engine
from search.mapping import LANGUAGES, alias_name, build_index
from search.registry import NetworkDocument, adapter_for, adapters

# Documents per bulk request and requests in flight, found by benchmarks/search.py: 20,000
# Polish documents went in at 1,037/s in batches of 250, 1,621/s of 1,000, 1,738/s of 5,000
# (two in flight; one in flight 1,043/s, four 1,383/s on this 2-core machine).
BULK_SIZE = 5000
BULK_THREADS = 2
# Bulk requests and index-wide operations wait longer than a search may (SEARCH_TIMEOUT).
BULK_TIMEOUT = 120


def document_for(page: Page) -> NetworkDocument | None:
    """The page's document if it belongs in the search right now, else None."""
    adapter = adapter_for(page)
    if adapter is None:
        return None
    page = page.specific
    return adapter.document(page) if adapter.is_searchable(page) else None


def ensure_alias(alias: str, build: Callable[[str], dict]) -> None:
    """Creates a first versioned index (`build(name)` gives its body) behind `alias`, if the
    alias does not exist yet."""
    if not engine.call("indices.exists_alias", name=alias):
        name = versioned_name(alias)
        engine.call("indices.create", index=name, body=build(name))
        engine.call(
            "indices.update_aliases", body={"actions": [{"add": {"index": name, "alias": alias}}]}
        )


def switch_alias(alias: str, name: str) -> None:
    """Points `alias` at the index `name` in one atomic request and drops the indices it
    pointed at before: searches answer from the old index until this moment."""
    old = list((engine.call("indices.get_alias", name=alias, missing_ok=True) or {}).keys())
    actions = [{"remove": {"index": index, "alias": alias}} for index in old]
    actions.append({"add": {"index": name, "alias": alias}})
    engine.call("indices.update_aliases", body={"actions": actions})
    for index in old:
        engine.call("indices.delete", index=index)


def ensure_indices() -> None:
    for language in LANGUAGES:
        ensure_alias(
            alias_name(language), lambda name, code=language: build_index(name, code).to_dict()
        )


def index_document(document: NetworkDocument, *, refresh: bool = False) -> None:
    engine.call(
        "index",
        index=alias_name(document.language),
        id=str(document.page_id),
        body=document.as_source(),
        refresh="true" if refresh else "false",
    )


def remove_page(page_id: int, *, refresh: bool = False, except_language: str = "") -> None:
    for language in LANGUAGES:
        if language == except_language:
            continue
        engine.call(
            "delete",
            index=alias_name(language),
            id=str(page_id),
            refresh="true" if refresh else "false",
            missing_ok=True,
        )


def write(page_id: int, document: NetworkDocument | None, *, refresh: bool = False) -> str:
    """Makes the engine's index agree with `document` (None: the page is not searchable)."""
    ensure_indices()
    if document is None:
        remove_page(page_id, refresh=refresh)
        return "removed"
    # A page whose locale changed must leave the other language's index.
    remove_page(page_id, refresh=refresh, except_language=document.language)
    index_document(document, refresh=refresh)
    return "indexed"


def versioned_name(alias: str) -> str:
    return f"{alias}_{time.strftime('%Y%m%d%H%M%S')}_{time.time_ns() % 10**6:06d}"


def _actions(name: str, documents: Iterable[NetworkDocument]) -> Iterator[dict]:
    for document in documents:
        yield {"index": {"_index": name, "_id": str(document.page_id)}}
        yield document.as_source()


def _batches(name: str, documents: Iterable[NetworkDocument], size: int) -> Iterator[list]:
    batch: list[dict] = []
    for action in _actions(name, documents):
        batch.append(action)
        if len(batch) >= 2 * size:
            yield batch
            batch = []
    if batch:
        yield batch


def bulk_load(
    name: str,
    documents: Iterable[NetworkDocument],
    *,
    bulk_size: int = BULK_SIZE,
    threads: int = BULK_THREADS,
) -> int:
    """Sends documents in batches of `bulk_size`, `threads` requests at a time (the node
    analyses one batch while the next is serialised); returns how many were written."""
    written = 0
    with ThreadPoolExecutor(max_workers=threads) as pool:
        pending: set = set()
        for batch in _batches(name, documents, bulk_size):
            if len(pending) >= 2 * threads:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                written += sum(future.result() for future in done)
            pending.add(pool.submit(send_bulk, batch))
        written += sum(future.result() for future in pending)
    return written


def bulk_delete(language: str, page_ids: Iterable[int]) -> None:
    """Removes documents in one bulk request; an id already gone is not an error."""
    actions = [{"delete": {"_index": alias_name(language), "_id": str(pk)}} for pk in page_ids]
    if actions:
        engine.call("bulk", body=actions, refresh="false", timeout=BULK_TIMEOUT)


def send_bulk(batch: list[dict]) -> int:
    response = engine.call("bulk", body=batch, refresh="false", timeout=BULK_TIMEOUT)
    if response.get("errors"):
        failures = [item for item in response["items"] if item["index"].get("error")]
        raise engine.EngineUnavailable(f"{len(failures)} documents refused: {failures[0]}")
    return len(batch) // 2


def all_documents(language: str) -> Iterator[NetworkDocument]:
    for adapter in adapters().values():
        for page in (
            adapter.queryset().filter(locale__language_code=language).iterator(chunk_size=500)
        ):
            yield adapter.document(page)


def rebuild(
    language: str,
    documents: Iterable[NetworkDocument] | None = None,
    *,
    bulk_size: int = BULK_SIZE,
    threads: int = BULK_THREADS,
) -> dict:
    """Builds a new versioned index with refresh off, then switches the alias to it."""
    alias = alias_name(language)
    name = versioned_name(alias)
    started = time.perf_counter()
    engine.call(
        "indices.create",
        index=name,
        body=build_index(name, language, building=True).to_dict(),
        timeout=BULK_TIMEOUT,
    )
    written = bulk_load(
        name,
        all_documents(language) if documents is None else documents,
        bulk_size=bulk_size,
        threads=threads,
    )
    engine.call("indices.put_settings", index=name, body={"index": {"refresh_interval": "1s"}})
    engine.call("indices.refresh", index=name, timeout=BULK_TIMEOUT)
    switch_alias(alias, name)
    return {
        "language": language,
        "index": name,
        "documents": written,
        "seconds": round(time.perf_counter() - started, 2),
        "at": timezone.now().isoformat(),
    }
