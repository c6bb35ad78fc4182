"""Purging the edge cache when the live tree changes (docs/architecture.md, "The request path").

`wagtail.contrib.frontend_cache` purges a page's own URLs when it is published or unpublished.
This adds what it does not do: a page's old and new addresses when it moves (with every page
below it), its address when it is deleted, a page and everything below it when its privacy
changes, and, on each of these and on publish and unpublish, the pages that list it.

The pages that list a page are its live ancestors (its index, its organisation, the home page
all show their newest children) and every live listing page of the network (a page type built
on `ListingIndexMixin` or `ListingFeedsMixin`: the boards, the programme, event and organisation
indexes). Asking each page type which listings show it would purge a few pages fewer and miss
the next plugin's board; there are a handful of listing pages, and purging one is one request.
Purge by URL rather than a ban on a content version: a version ban empties the whole edge on
every publish, and the boards would pay the cold misses each time.

The purges go through Wagtail's task (django-tasks), queued in the transaction of the change:
a worker sends them once it commits, so Varnish never refetches a page before the change is
visible in the database, and a Varnish that does not answer costs the editor nothing (the
worker logs it). Nothing here may break a publish: an error is logged, not raised.

Ours are queued at EDGE_PURGE_PRIORITY, above every other task: one publish also queues the
search sync, Wagtail's reference index and index updates, and behind them a purge waited up to
3.4 s on two workers (`make bench-edge`). Ahead of them it still waits for the task each worker
has in hand (up to 3.3 s when both were indexing), so they go to EDGE_PURGE_QUEUE: with "edge"
and a worker of its own, a purge waits only for that worker's poll.
Publish and unpublish purge the page itself here too, so its own page is as quick; Wagtail's
handler still queues the same URLs at the default priority, a second purge that costs one
request per URL.
"""

import logging
from collections.abc import Callable, Iterable

from django.conf import settings
from django.db.models import QuerySet
from django.db.models.signals import post_delete, post_save, pre_delete

from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, PageViewRestriction, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from pages.models.mixins import ListingFeedsMixin, ListingIndexMixin

logger = logging.getLogger(__name__)


def listing_models() -> list[type[Page]]:
    return [
        model
        for model in get_page_models()
        if issubclass(model, (ListingIndexMixin, ListingFeedsMixin))
    ]


def listing_pages(page: Page) -> QuerySet:
    """The live pages that may show `page` in a list: its ancestors and every listing page."""
    pages = page.get_ancestors().filter(depth__gt=1)
    if models := listing_models():
        pages = pages | Page.objects.type(*models)
    return pages.live().specific()


def purge_urls(pages: Iterable[Page]) -> set[str]:
    """Every URL of these pages the edge may hold (`get_cached_paths` below each page URL)."""
    batch = PurgeBatch()
    batch.add_pages(pages)
    return batch.urls


def _purge(pages: Callable[[], Iterable[Page]], *, why: str) -> None:
    try:
        batch = PurgeBatch()
        batch.add_pages(pages())
        if batch.urls:
            purge_urls_from_cache_task.using(
                queue_name=settings.EDGE_PURGE_QUEUE, priority=settings.EDGE_PURGE_PRIORITY
            ).enqueue(sorted(batch.urls))
    except Exception:
        logger.exception("could not queue the edge purge after a %s", why)


def _specific_once(instance) -> bool:
    # Deleting a page sends pre_delete for its Page row and for its specific row: act once.
    return isinstance(instance, Page) and type(instance) is instance.specific_class


def _with_descendants(page: Page) -> QuerySet:
    return Page.objects.live().descendant_of(page, inclusive=True).specific()


def published_or_unpublished(sender, instance, **kwargs):
    # Wagtail's own handler purges the page too, at the default priority (see above).
    _purge(lambda: [instance, *listing_pages(instance)], why="publish or unpublish")


def before_move(sender, instance, **kwargs):
    # Still at its old address: the old URLs of it and its subtree, and its old listings.
    _purge(lambda: [*_with_descendants(instance), *listing_pages(instance)], why="move")


def after_move(sender, instance, **kwargs):
    # The new addresses may hold a cached "not found"; read the page again at its new place.
    def pages():
        page = Page.objects.get(pk=instance.pk)
        return [*_with_descendants(page), *listing_pages(page)]

    _purge(pages, why="move")


def before_delete(sender, instance, **kwargs):
    if not _specific_once(instance) or not instance.live:
        return
    _purge(lambda: [instance, *listing_pages(instance)], why="delete")


def restriction_changed(sender, instance, **kwargs):
    def pages():
        page = Page.objects.filter(pk=instance.page_id).first()
        # None: deleted together with its page, which purges itself.
        return [] if page is None else [*_with_descendants(page), *listing_pages(page)]

    _purge(pages, why="privacy change")


def connect_edge_purges() -> None:
    page_published.connect(published_or_unpublished, dispatch_uid="siec_edge_published")
    page_unpublished.connect(published_or_unpublished, dispatch_uid="siec_edge_unpublished")
    pre_page_move.connect(before_move, dispatch_uid="siec_edge_before_move")
    post_page_move.connect(after_move, dispatch_uid="siec_edge_after_move")
    pre_delete.connect(before_delete, dispatch_uid="siec_edge_deleted")
    post_save.connect(
        restriction_changed, sender=PageViewRestriction, dispatch_uid="siec_edge_restriction"
    )
    post_delete.connect(
        restriction_changed,
        sender=PageViewRestriction,
        dispatch_uid="siec_edge_restriction_deleted",
    )
