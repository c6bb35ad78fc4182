from django.db.models.signals import post_delete, post_save

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from pages.tasks import forget_messages, owner_key
from search.models import SavedSearch
from search.registry import adapters
from search.services import pages_to_sync, subtree_to_sync


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


def restriction_changed(sender, instance, raw=False, **kwargs):
    """A view restriction added, changed or removed: its page and everything under it leave
    or return to the search, through the same task as unpublishing (each page's document is
    decided again from the tree, so a section still private under another restriction stays
    out). A restriction deleted with its page queues pages that are going: their tasks find
    nothing and forget them, as the page's own deletion does."""
    if raw:
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        enqueue(subtree_to_sync(page))


def saved_search_deleted(sender, instance, **kwargs):
    """Unsubscribed or expired unconfirmed: the finished subscription task and any alert
    e-mail still queued carry the address, so they go with it."""
    forget_messages(owner_key(instance), address=instance.email)


def register_signal_handlers():
    post_delete.connect(
        saved_search_deleted, sender=SavedSearch, dispatch_uid="network_search_saved_forgotten"
    )
    page_published.connect(page_changed, dispatch_uid="network_search_published")
    page_unpublished.connect(page_changed, dispatch_uid="network_search_unpublished")
    post_page_move.connect(page_moved, dispatch_uid="network_search_moved")
    post_delete.connect(page_deleted, dispatch_uid="network_search_deleted")
    post_save.connect(
        restriction_changed,
        sender=PageViewRestriction,
        dispatch_uid="network_search_restriction_saved",
    )
    post_delete.connect(
        restriction_changed,
        sender=PageViewRestriction,
        dispatch_uid="network_search_restriction_deleted",
    )
