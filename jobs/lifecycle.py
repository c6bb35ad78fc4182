"""When a posting is open, when it closes, when editors are reminded and when applicants' data
goes. Plain functions of `now`; every caller passes the clock in."""

import datetime

from django.db.models import F, Q

from dateutil.relativedelta import relativedelta

from pages.schedule import end_of_day, local_date

REMINDER_BEFORE = datetime.timedelta(days=3)
EXTENSION = datetime.timedelta(days=14)
DEFAULT_RETENTION_MONTHS = 6


def closes_at(deadline_date: datetime.date) -> datetime.datetime:
    """A posting accepts applications until the end of its deadline day, Polish time."""
    return end_of_day(deadline_date)


def is_open(*, deadline_date: datetime.date, now: datetime.datetime) -> bool:
    return now < closes_at(deadline_date)


def open_filter(*, now: datetime.datetime, prefix: str = "") -> Q:
    return Q(**{f"{prefix}deadline_date__gte": local_date(now)})


def reminder_due(
    *,
    deadline_date: datetime.date,
    reminded_for_date: datetime.date | None,
    now: datetime.datetime,
) -> bool:
    """Remind once per deadline, from three days before it closes until it closes."""
    if reminded_for_date == deadline_date:
        return False
    closing = closes_at(deadline_date)
    return closing - REMINDER_BEFORE <= now < closing


def reminder_filter(*, now: datetime.datetime) -> Q:
    today = local_date(now)
    last_day = local_date(now + REMINDER_BEFORE)
    already_reminded = Q(reminded_for_date=F("deadline_date"))
    return Q(deadline_date__gte=today, deadline_date__lte=last_day) & ~already_reminded


def extended_deadline(*, deadline_date: datetime.date, now: datetime.datetime) -> datetime.date:
    """Extending starts from the later of the current deadline and today."""
    return max(deadline_date, local_date(now)) + EXTENSION


def retention_ends_at(*, deadline_date: datetime.date, retention_months: int) -> datetime.datetime:
    """Applications are kept for whole calendar months after the deadline day; a day the
    last month lacks (31 August + 6 months) becomes that month's last day (relativedelta)."""
    return closes_at(deadline_date + relativedelta(months=retention_months))


def application_expired(
    *, deadline_date: datetime.date, retention_months: int, now: datetime.datetime
) -> bool:
    return now >= retention_ends_at(deadline_date=deadline_date, retention_months=retention_months)


# A CV file is written before its application row commits; one younger than this may still
# be on its way to a row.
ORPHAN_GRACE = datetime.timedelta(days=1)


def orphan_removable(*, modified_at: datetime.datetime, now: datetime.datetime) -> bool:
    return now - modified_at >= ORPHAN_GRACE
