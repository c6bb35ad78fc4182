"""Which indexed pages must not show right now because they lie in a private section.

A view restriction queues its subtree for removal (search.signal_handlers), but until the
worker has run, and whenever a task is lost, the index and the database entries still hold
the pages. Every public search therefore also leaves out the registered pages under a
currently restricted path. The list is read from the tree, not from the documents, so a stale
document is caught whatever it says; it is cached under the content version, which adding,
changing or removing a restriction bumps (pages.signal_handlers)."""

from django.contrib.contenttypes.models import ContentType

from wagtail.models import Page

from pages.cache import TREE, until_content_changes
from pages.visibility import in_private_sections
from search.registry import adapters


def _private_page_ids() -> list[int]:
    private = in_private_sections()
    if private is None:
        return []
    content_types = [ContentType.objects.get_for_model(model) for model in adapters()]
    return sorted(
        Page.objects.filter(private, content_type__in=content_types).values_list("pk", flat=True)
    )


def hidden_page_ids() -> list[int]:
    """Ids of the searchable kinds of page that lie under a restricted path now."""
    return until_content_changes("search-private-pages", _private_page_ids, topic=TREE)
