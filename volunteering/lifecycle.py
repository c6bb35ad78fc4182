"""When an offer takes volunteers, and how long a volunteer's data is kept. Plain functions of
`now`; every caller passes the clock in."""

import datetime

from django.db.models import F, Q

from pages.schedule import end_of_day, local_date

CONFIRMATION_WINDOW = datetime.timedelta(hours=48)
INACTIVITY_LIMIT = datetime.timedelta(days=730)  # 24 months
ERASURE_GRACE = datetime.timedelta(days=30)
MANAGE_LINK_MAX_AGE = datetime.timedelta(days=7)


def offer_is_open(
    *,
    live: bool,
    deadline_date: datetime.date | None,
    places_total: int,
    places_filled: int,
    now: datetime.datetime,
) -> bool:
    """Live, before the end of its deadline day (if any) and with a place left."""
    if not live or places_filled >= places_total:
        return False
    return deadline_date is None or now < end_of_day(deadline_date)


def open_offer_filter(*, now: datetime.datetime, prefix: str = "") -> Q:
    not_past_deadline = Q(**{f"{prefix}deadline_date__isnull": True}) | Q(
        **{f"{prefix}deadline_date__gte": local_date(now)}
    )
    has_places = Q(**{f"{prefix}places_filled__lt": F(f"{prefix}places_total")})
    return Q(**{f"{prefix}live": True}) & not_past_deadline & has_places


def unconfirmed_expired(
    *, created_at: datetime.datetime, confirmed_at: datetime.datetime | None, now
) -> bool:
    return confirmed_at is None and now - created_at >= CONFIRMATION_WINDOW


def inactivity_warning_due(
    *, last_active_at: datetime.datetime, warned_at: datetime.datetime | None, now
) -> bool:
    return warned_at is None and now - last_active_at >= INACTIVITY_LIMIT


def erasure_due(
    *, last_active_at: datetime.datetime, warned_at: datetime.datetime | None, now
) -> bool:
    """Erase 30 days after the warning, unless the volunteer has been active since it."""
    return (
        warned_at is not None and last_active_at <= warned_at and now >= warned_at + ERASURE_GRACE
    )
