"""Which pages the public may see, without a query per listing.

Wagtail's `.public()` reads every page view restriction from the database each time it is
called, and a home page with six sections calls it six times. The restricted paths are few
and change rarely, so they are cached under the tree's shape (pages.cache.SHAPE), which
saving or deleting a restriction bumps (pages.signal_handlers). Even with a cache per process
the list is read again after FRAGMENT_SECONDS; the pages themselves stay protected by
Wagtail's own check when they are served, which always reads the database.
"""

from django.db.models import Q, QuerySet

from wagtail.models import PageViewRestriction

from pages.cache import SHAPE, until_content_changes


def restricted_paths() -> list[str]:
    return until_content_changes(
        "restricted-paths",
        lambda: sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True))),
        topic=SHAPE,
    )


def in_private_sections() -> Q | None:
    """A filter for the pages inside some private section, or None when there is none."""
    private = Q()
    for path in restricted_paths():
        private |= Q(path__startswith=path)
    return private or None


def public(queryset: QuerySet) -> QuerySet:
    """The pages of `queryset` outside every private section (as Wagtail's `.public()`)."""
    private = in_private_sections()
    return queryset.exclude(private) if private is not None else queryset
