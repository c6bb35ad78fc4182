"""Error handlers for the whole site."""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.template import loader
from django.views import defaults

# Long enough for PostgreSQL to restart or fail over; a crawler keeps the page in its index.
RETRY_AFTER_SECONDS = 30


def server_error(request: HttpRequest) -> HttpResponse:
    """A lost database connection (a restart, a failover, a full connection pool) is temporary:
    answer 503 with Retry-After and tell a visitor who sent a form that it may not have been
    saved.
    Every other unhandled error stays a 500."""
    if isinstance(sys.exc_info()[1], OperationalError | InterfaceError):
        response = HttpResponse(loader.render_to_string("503.html"), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return defaults.server_error(request)
