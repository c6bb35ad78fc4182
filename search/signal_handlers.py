from django.db.models.signals import post_delete

from wagtail.signals import page_published, page_unpublished, post_page_move

from search.registry import adapters
from search.services import pages_to_sync


def enqueue(page_ids) -> None:
    """Queued in the publishing transaction: the task row commits with the change or not at
    all, and the engine is never called while an editor waits."""
    from search.tasks import sync_page

    for page_id in page_ids:
        sync_page.enqueue(page_id)


def page_changed(sender, instance, **kwargs):
    enqueue(pages_to_sync(instance))


def page_moved(sender, instance, **kwargs):
    enqueue(pages_to_sync(instance, moved=True))


def page_deleted(sender, instance, **kwargs):
    # Deleting a page sends post_delete for its specific row and for its `Page` row; the
    # exact type picks the specific one, so the page is queued once.
    if type(instance) in adapters():
        enqueue([instance.pk])


def register_signal_handlers():
    page_published.connect(page_changed, dispatch_uid="network_search_published")
    page_unpublished.connect(page_changed, dispatch_uid="network_search_unpublished")
    post_page_move.connect(page_moved, dispatch_uid="network_search_moved")
    post_delete.connect(page_deleted, dispatch_uid="network_search_deleted")
