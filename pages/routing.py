"""Faster page routing for the public site, with Wagtail's own rules and results.

Wagtail resolves every request from scratch: a query for the site, one for the locale, two for
the localised root page, then two per path segment (the child by slug, then its specific row).
`RouteCacheMiddleware` hands Wagtail's `serve` view a route it already knows, through the same
request attributes Wagtail caches its own answers in (`_wagtail_site`,
`_wagtail_route_for_request`), so the serving code, the view-restriction hooks and every page's
`route()` still run as before.

- Sites are cached in the shared Django cache and forgotten on any `Site` change, as Wagtail
  does for its own site root paths.
- A route is remembered per process as (page id, model, URL path) and checked on every use with
  one query for the specific page: it is used only if the page still has that URL path and is
  live, so a move, rename, unpublish or delete anywhere is noticed without any invalidation.
  Only routes that consumed the whole path are remembered; a path that ends in a routable
  page's sub-route could later be taken over by a new child page, so it is routed afresh.
"""

from collections import OrderedDict
from threading import Lock

from django.apps import apps
from django.core.cache import cache
from django.http import Http404
from django.http.request import split_domain_port
from django.utils import translation

from wagtail.models import Page, Site
from wagtail.views import serve as wagtail_serve

SITES_KEY = "siec:sites-by-host"
MAX_HOSTS = 64
MAX_ROUTES = 4096


class _RouteMemo:
    def __init__(self, size: int):
        self.size = size
        self._entries: OrderedDict[tuple, tuple[int, str, str]] = OrderedDict()
        self._lock = Lock()

    def get(self, key: tuple) -> tuple[int, str, str] | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def put(self, key: tuple, entry: tuple[int, str, str]) -> None:
        with self._lock:
            self._entries[key] = entry
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def forget(self, key: tuple) -> None:
        with self._lock:
            self._entries.pop(key, None)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


routes = _RouteMemo(MAX_ROUTES)


def forget_sites(**kwargs) -> None:
    cache.delete(SITES_KEY)
    routes.clear()


def site_for_request(request) -> Site | None:
    host = (split_domain_port(request._get_raw_host())[0], request.get_port())
    sites = cache.get(SITES_KEY) or {}
    if host in sites:
        return sites[host]
    site = Site._find_for_request(request)
    if len(sites) < MAX_HOSTS:  # host names are checked later; don't let odd ones fill the cache
        sites[host] = site
        cache.set(SITES_KEY, sites, timeout=None)
    return site


def _path_components(path: str) -> list[str]:
    return [component for component in path.split("/") if component]


def _consumed_whole_path(page: Page, components: list[str], site: Site) -> bool:
    # A site's root page and its translations are siblings, so they share a depth.
    page_segments = _path_components(page.url_path)
    return page.depth == site.root_page.depth + len(components) and (
        not components or page_segments[-len(components) :] == components
    )


def _remembered_route(key: tuple, components: list[str], request):
    entry = routes.get(key)
    if entry is None:
        return None
    page_id, model_label, url_path = entry
    model = apps.get_model(model_label)
    page = model.objects.filter(pk=page_id, url_path=url_path, live=True).first()
    if page is None:
        routes.forget(key)
        return None
    try:
        return page.route(request, [])
    except Http404:
        routes.forget(key)
        return None


def prime_route(request, path: str) -> None:
    """Puts the site and, when known, the route on the request, where Wagtail looks first."""
    site = site_for_request(request)
    request._wagtail_site = site
    if site is None:
        return
    components = _path_components(path)
    key = (site.pk, site.root_page_id, translation.get_language(), tuple(components))
    result = _remembered_route(key, components, request)
    if result is not None:
        request._wagtail_route_for_request = result
        return
    result = Page.route_for_request(request, path)
    if result is None:
        return
    page = result[0]
    if _consumed_whole_path(page, components, site):
        routes.put(key, (page.pk, page._meta.label, page.url_path))


class RouteCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is wagtail_serve and request.method in ("GET", "HEAD"):
            prime_route(request, view_kwargs.get("path", view_args[0] if view_args else ""))
