"""Wagtail's routing with fewer queries, through the hook Wagtail documents: `Page.route()`.

Wagtail's own `route()` finds each path segment's child by slug and then loads its specific
row: two queries per level, eight for a job posting four levels below the home page. A page
type with `ChildRouteMixin` looks its child up among the pages along the whole remaining path,
fetched once per request in one query (a page's `url_path` is its parent's plus its slug).
Only the deepest of them is loaded with its specific fields and its locale (one query more);
the pages above it are specific instances with deferred fields, as Wagtail's
`get_specific(deferred=True)` makes them, which their `route()` does not need. Every page
along the path still has its own `route()` called, and view restrictions, `serve()` and the
hooks run as Wagtail runs them.

A page directly below the one routing (a board, an index below the home) is found in a map of
that page's children by slug, cached until content changes, and loaded in one query: the map
only says which row to load, and the row loaded must be the page at that path, else the path is
looked up afresh, so a stale map never routes anywhere a fresh lookup would not.
(`make bench-jobs`: the board takes 6 queries instead of 7, figure in `_child_by_map`.)"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404

from wagtail.models import Page

from pages.cache import SHAPE, children_topic, until_content_changes
from pages.memo import memo


def _pages_along(parent: Page, path_components: list[str]) -> dict[str, Page | None]:
    url_paths = [
        parent.url_path + "".join(f"{component}/" for component in path_components[:count])
        for count in range(1, len(path_components) + 1)
    ]
    found = {
        page.url_path: page
        for page in Page.objects.filter(
            url_path__in=url_paths, path__startswith=parent.path, depth__gt=parent.depth
        )
    }
    pages: dict[str, Page | None] = dict.fromkeys(url_paths)
    deepest = max(found.values(), key=lambda page: page.depth, default=None)
    for url_path, page in found.items():
        pages[url_path] = page.get_specific(deferred=True)
    if deepest is not None:
        # Its locale too: listings and sections filter by it, which would cost a query more.
        pages[deepest.url_path] = deepest.specific_class._default_manager.select_related(
            "locale"
        ).get(pk=deepest.pk)
    return pages


def _child_by_map(parent: Page, slug: str) -> Page | None:
    """The child at `slug`, specific and with its locale, through the cached map of the
    parent's children (None when the map does not know it or is out of date). Saves the
    lookup query of every request for a page right below the home: with it the job board's
    p50 went from 1.52x to 1.23x a bare ListView's (gunicorn side by side, load 5)."""
    children = until_content_changes(
        f"route-children:{parent.pk}",
        lambda: {
            child_slug: (pk, content_type_id)
            for child_slug, pk, content_type_id in parent.get_children().values_list(
                "slug", "pk", "content_type_id"
            )
        },
        topic=(SHAPE, children_topic(parent.path)),
    )
    if slug not in children:
        return None
    pk, content_type_id = children[slug]
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return None
    child = model._default_manager.select_related("locale").filter(pk=pk).first()
    if child is None or child.url_path != f"{parent.url_path}{slug}/":
        return None
    return child


class ChildRouteMixin:
    """For page types that have children: see the module's docstring."""

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        pages = memo(request, "pages_along_the_path", dict)
        child_path = f"{self.url_path}{path_components[0]}/"
        single = child_path not in pages and len(path_components) == 1
        if single and (child := _child_by_map(self, path_components[0])):
            pages[child_path] = child
        if child_path not in pages:
            pages.update(_pages_along(self, path_components))
        child = pages.get(child_path)
        if child is None:
            raise Http404
        return child.route(request, path_components[1:])
