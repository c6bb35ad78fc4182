"""Keeping the search true: what happens to one page when it is published, unpublished,
moved, translated or deleted. The database entry (the fallback) is written at once; the engine
is written when it answers, and otherwise the page is queued again with a growing delay."""

import datetime
import logging

from django.contrib.contenttypes.models import ContentType

from wagtail.models import Page

from search import alert_services, engine, fallback, indexing
from search.registry import adapter_for, adapters

logger = logging.getLogger(__name__)

RETRY_DELAYS = (10, 30, 120, 600, 1800, 3600)  # seconds; the last one repeats


def retry_delay(attempt: int) -> datetime.timedelta:
    return datetime.timedelta(seconds=RETRY_DELAYS[min(attempt, len(RETRY_DELAYS) - 1)])


def deliver(
    *, page_id: int, attempt: int, now: datetime.datetime, enqueue_retry, enqueue_send
) -> str:
    """Writes one page's document to the database and the engine, then matches it against
    the saved searches. `enqueue_retry(run_after, attempt)` is called when the engine is
    unreachable; the page is never dropped. `enqueue_send()` asks for instant alerts."""
    page = Page.objects.filter(pk=page_id).first()
    document = indexing.document_for(page) if page is not None else None
    if document is None:
        fallback.forget(page_id)
    else:
        fallback.store(document)
    try:
        outcome = (
            indexing.write(page_id, document)
            if engine.is_configured()
            else "stored in the database"
        )
        if document is not None:
            matched = alert_services.record_matches(
                page=page, document=document, now=now, enqueue_send=enqueue_send
            )
            outcome += f"; {matched} saved searches matched" if matched else ""
        return outcome
    except engine.EngineUnavailable as error:
        run_after = now + retry_delay(attempt)
        logger.warning(
            "search engine unavailable for page %s (attempt %s), retrying at %s: %s",
            page_id,
            attempt + 1,
            run_after.isoformat(),
            error,
        )
        enqueue_retry(run_after=run_after, attempt=attempt + 1)
        return f"engine unavailable; queued again for {run_after.isoformat()}"


def registered_descendants(page: Page) -> list[int]:
    content_types = [ContentType.objects.get_for_model(model) for model in adapters()]
    return list(
        Page.objects.descendant_of(page)
        .filter(content_type__in=content_types)
        .values_list("pk", flat=True)
    )


def pages_to_sync(page: Page, *, moved: bool = False) -> list[int]:
    """The page if it is searchable, and its searchable descendants when their documents carry
    something of it: the URL after a move, an organisation's name."""
    adapter = adapter_for(page)
    page_ids = [page.pk] if adapter is not None else []
    if page.numchild and (moved or (adapter is not None and adapter.describes_descendants)):
        page_ids += registered_descendants(page)
    return page_ids


def subtree_to_sync(page: Page) -> list[int]:
    """The page and all its searchable descendants: what a view restriction on it covers."""
    page_ids = [page.pk] if adapter_for(page) is not None else []
    return page_ids + (registered_descendants(page) if page.numchild else [])
