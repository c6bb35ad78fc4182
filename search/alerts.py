"""The rules of saved-search alerts, as plain functions of their inputs and `now`.

Without an engine a saved search is matched here, in Python, the way the database search
reads a query: every folded word of it must be among the page's folded words, and every filter
must hold. With an engine the percolator answers instead (with stemming and typo tolerance)."""

import datetime

from django.utils import timezone

from pages.geo import distance_km
from search.fallback import search_text, words
from search.models import AlertFrequency
from search.queries import SearchParams
from search.registry import NetworkDocument

CONFIRMATION_WINDOW = datetime.timedelta(hours=48)
DIGEST_HOUR = 7  # local time: the daily digest is in the inbox in the morning
MAX_SEARCHES_PER_ADDRESS = 20


def matches(params: SearchParams, document: NetworkDocument) -> bool:
    if params.kinds and document.kind not in params.kinds:
        return False
    if params.organisations and document.organisation.casefold() not in {
        name.casefold() for name in params.organisations
    }:
        return False
    if params.tags and not {tag.casefold() for tag in params.tags} & {
        tag.casefold() for tag in document.tags
    }:
        return False
    if params.employment_type and document.employment_type != params.employment_type:
        return False
    if params.latitude is not None and params.radius_km:
        if document.latitude is None or document.longitude is None:
            return False
        distance = distance_km(
            params.latitude, params.longitude, document.latitude, document.longitude
        )
        if distance > params.radius_km:
            return False
    elif params.city and document.city != params.city:
        return False
    wanted = words(params.q)
    return not wanted or set(wanted) <= set(search_text(document).split())


def wants(
    *, confirmed_at: datetime.datetime | None, first_published_at: datetime.datetime | None
) -> bool:
    """A saved search hears of pages first published after it was confirmed: what existed
    before, its owner could already find by searching."""
    return (
        confirmed_at is not None
        and first_published_at is not None
        and first_published_at >= confirmed_at
    )


def digest_due(
    *,
    frequency: str,
    last_sent_at: datetime.datetime | None,
    confirmed_at: datetime.datetime,
    now: datetime.datetime,
) -> bool:
    """Instant alerts go whenever something matched. A daily digest goes once a day, from
    DIGEST_HOUR local time on, if none has gone (or the search was confirmed) since the last
    such hour."""
    if frequency == AlertFrequency.INSTANT:
        return True
    local_now = timezone.localtime(now)
    send_from = local_now.replace(hour=DIGEST_HOUR, minute=0, second=0, microsecond=0)
    if local_now < send_from:
        send_from -= datetime.timedelta(days=1)
    return (last_sent_at or confirmed_at) < send_from


def unconfirmed_expired(
    *, created_at: datetime.datetime, confirmed_at: datetime.datetime | None, now
) -> bool:
    return confirmed_at is None and now - created_at >= CONFIRMATION_WINDOW
