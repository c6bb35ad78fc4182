"""What the edge cache (Varnish, deploy/varnish/default.vcl) may keep: the Cache-Control of
every response Django sends.

A response is public (`public, s-maxage=EDGE_CACHE_SECONDS, max-age=EDGE_BROWSER_SECONDS`)
only when nothing in it can belong to one visitor: an anonymous GET or HEAD, answered 200, 301
or 404, that sets no cookie, used no CSRF token, found no session and is no preview. Anything
else is `private, no-store`, whatever the view is. The rule looks at what the request did, not
at which page it was, so a page stops being cacheable the moment it renders a form (the CSRF
token sets its cookie) and becomes cacheable again when the form moves onto its own route.
A view that sets its own Cache-Control keeps it, unless the response is personal.
"""

import logging

from django.conf import settings
from django.utils.cache import add_never_cache_headers, patch_cache_control

logger = logging.getLogger(__name__)

CACHEABLE_METHODS = frozenset({"GET", "HEAD"})
# Permanent redirects and "not found" are the same for everybody; a temporary redirect is
# usually the answer to something a visitor did (a language switch, a sign-in).
CACHEABLE_STATUSES = frozenset({200, 301, 404})


def is_personal(request, response) -> bool:
    """Whether the response may hold something of this visitor's. Any doubt says yes."""
    if request.method not in CACHEABLE_METHODS:
        return True
    if response.cookies or response.has_header("Set-Cookie"):
        return True  # the CSRF cookie of a form, a session, a message
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or "HTTP_AUTHORIZATION" in request.META:
        return True
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return True  # a session may change what any page shows, so none is shared
    if getattr(request, "is_preview", False):
        return True
    session = getattr(request, "session", None)
    if session is None:
        return True  # the session middleware did not run: we cannot know
    if session.modified:
        return True
    if session.accessed:
        # Every page asks who is there (Wagtail's user bar). With no session that is the
        # anonymous visitor, the same for everyone; anything else is someone.
        user = getattr(request, "user", None)
        if not session.is_empty() or user is None or user.is_authenticated:
            return True
    return False


def edge_cache_headers(request, response, *, edge_seconds: int, browser_seconds: int) -> None:
    if is_personal(request, response):
        add_never_cache_headers(response)  # no-cache, no-store, must-revalidate, private
        return
    if response.has_header("Cache-Control") or edge_seconds <= 0:
        return  # the view knows better (share cards are immutable); or there is no edge
    if response.status_code not in CACHEABLE_STATUSES:
        add_never_cache_headers(response)
        return
    patch_cache_control(response, public=True, s_maxage=edge_seconds, max_age=browser_seconds)


class EdgeCacheMiddleware:
    """Sits above the session, CSRF and authentication middleware, so it sees the cookies and
    session state they leave on the response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        try:
            edge_cache_headers(
                request,
                response,
                edge_seconds=settings.EDGE_CACHE_SECONDS,
                browser_seconds=settings.EDGE_BROWSER_SECONDS,
            )
        except Exception:
            # Fail closed: a response we could not judge is nobody else's. The visitor still
            # gets the page; the error goes to the log.
            logger.exception("could not decide the edge caching of %s", request.path)
            add_never_cache_headers(response)
        return response
