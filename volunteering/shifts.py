"""The rules of shifts: when a weekly series has a shift, who gets a place and who waits,
until when a volunteer may cancel. Plain functions of `now`; below the models (they import
this module), so nothing here imports a model."""

import datetime
from decimal import Decimal

from django.conf import settings
from django.utils import formats
from django.utils.translation import gettext_lazy as _

from dateutil import rrule

from pages.places import promotions, reminders_due, takes_a_place  # noqa: F401 – re-exported
from pages.schedule import WARSAW

# Monday first, as Python's and dateutil's weekday numbers.
WEEKDAY_CHOICES = [
    (0, _("Monday")),
    (1, _("Tuesday")),
    (2, _("Wednesday")),
    (3, _("Thursday")),
    (4, _("Friday")),
    (5, _("Saturday")),
    (6, _("Sunday")),
]
SERIES_MAX_DAYS = 366
DEFAULT_CANCEL_CUTOFF = datetime.timedelta(hours=24)


def parse_dates(text: str) -> list[datetime.date]:
    """The dates of a "one a line" field; ValueError names a line that is not a date."""
    return [datetime.date.fromisoformat(line.strip()) for line in text.splitlines() if line.strip()]


def occurrence_dates(
    *,
    weekday: int,
    first_date: datetime.date,
    last_date: datetime.date,
    skipped: set[datetime.date] = frozenset(),
) -> list[datetime.date]:
    """Every `weekday` from the first to the last day inclusive, except the skipped dates."""
    days = rrule.rrule(
        rrule.WEEKLY,
        byweekday=weekday,
        dtstart=datetime.datetime.combine(first_date, datetime.time.min),
        until=datetime.datetime.combine(last_date, datetime.time.min),
    )
    return [day.date() for day in days if day.date() not in skipped]


def shift_bounds(
    day: datetime.date, start_time: datetime.time, end_time: datetime.time
) -> tuple[datetime.datetime, datetime.datetime]:
    """Start and end as aware datetimes, Polish wall-clock time (so 9:00 stays 9:00 across
    the change to summer time); a shift ending at or before its start ends the next day."""
    start_at = datetime.datetime.combine(day, start_time, tzinfo=WARSAW)
    end_day = day if end_time > start_time else day + datetime.timedelta(days=1)
    return start_at, datetime.datetime.combine(end_day, end_time, tzinfo=WARSAW)


def cancel_cutoff() -> datetime.timedelta:
    hours = getattr(settings, "SIEC_SHIFT_CANCEL_CUTOFF_HOURS", None)
    return DEFAULT_CANCEL_CUTOFF if hours is None else datetime.timedelta(hours=hours)


def may_cancel(
    *, start_at: datetime.datetime, now: datetime.datetime, cutoff: datetime.timedelta
) -> bool:
    """A volunteer cancels themselves up to `cutoff` before the start; later they tell the
    coordinator, who can still take them off the roster."""
    return now < start_at - cutoff


def may_sign_up(*, accepted: bool, start_at: datetime.datetime, now: datetime.datetime) -> bool:
    """Only a volunteer whose interest the coordinator accepted, and only before the start."""
    return accepted and now < start_at


DEFAULT_REMINDER_HOURS = (48, 2)


def reminder_hours() -> tuple[int, ...]:
    return tuple(getattr(settings, "SIEC_SHIFT_REMINDER_HOURS", DEFAULT_REMINDER_HOURS))


def hours_between(checked_in_at: datetime.datetime, checked_out_at: datetime.datetime) -> Decimal:
    """Hours from check-in to check-out, to the quarter hour (rounded half up)."""
    seconds = max((checked_out_at - checked_in_at).total_seconds(), 0)
    quarters = int(seconds // 900 + (1 if seconds % 900 >= 450 else 0))
    return Decimal(quarters) / 4


def local_label(start_at: datetime.datetime, end_at: datetime.datetime) -> str:
    """“6 June 2026, 9:00–13:00” in the active language, Polish time."""
    start, end = start_at.astimezone(WARSAW), end_at.astimezone(WARSAW)
    day = formats.date_format(start, "j E Y")
    return f"{day}, {start:%H:%M}–{end:%H:%M}"
