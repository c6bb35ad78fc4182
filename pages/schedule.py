"""Date rules for programmes and events. Plain functions of `today`/`now`, tested without HTTP."""

import datetime
from zoneinfo import ZoneInfo

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

WARSAW = ZoneInfo("Europe/Warsaw")


def local_date(now: datetime.datetime) -> datetime.date:
    """The calendar day in Poland at `now`: deadlines are Polish days, not UTC ones."""
    return now.astimezone(WARSAW).date()


def end_of_day(day: datetime.date) -> datetime.datetime:
    """Something open "until" a date stays open to the end of that day, Polish time."""
    return datetime.datetime.combine(
        day + datetime.timedelta(days=1), datetime.time.min, tzinfo=WARSAW
    )


class ProgrammeStatus(models.TextChoices):
    UPCOMING = "UPCOMING", _("Upcoming")
    RUNNING = "RUNNING", _("Running")
    FINISHED = "FINISHED", _("Finished")


def programme_status(
    *, start_date: datetime.date, end_date: datetime.date | None, today: datetime.date
) -> ProgrammeStatus:
    """A programme runs from its first to its last day inclusive; with no end date it runs on."""
    if today < start_date:
        return ProgrammeStatus.UPCOMING
    if end_date is not None and today > end_date:
        return ProgrammeStatus.FINISHED
    return ProgrammeStatus.RUNNING


def status_filter(status: str, *, today: datetime.date) -> models.Q:
    """The queryset filter equivalent to `programme_status(...) == status`."""
    if status == ProgrammeStatus.UPCOMING:
        return models.Q(start_date__gt=today)
    if status == ProgrammeStatus.FINISHED:
        return models.Q(end_date__lt=today)
    if status == ProgrammeStatus.RUNNING:
        return models.Q(start_date__lte=today) & (
            models.Q(end_date__gte=today) | models.Q(end_date__isnull=True)
        )
    raise ValueError(f"Unknown programme status {status!r}")


class EventTiming(models.TextChoices):
    # "Upcoming" of events, apart from a programme's: Polish agrees with the noun
    # ("Nadchodzące wydarzenia", "Nadchodzący program").
    UPCOMING = "UPCOMING", pgettext_lazy("events", "Upcoming")
    PAST = "PAST", pgettext_lazy("events", "Past")


def event_timing_filter(timing: str, *, now: datetime.datetime) -> models.Q:
    """An event counts as upcoming until it has ended, so it stays listed while it runs."""
    if timing == EventTiming.UPCOMING:
        return models.Q(end_at__gte=now)
    if timing == EventTiming.PAST:
        return models.Q(end_at__lt=now)
    raise ValueError(f"Unknown event timing {timing!r}")


def registration_is_open(
    *, closes_at: datetime.datetime | None, ends_at: datetime.datetime, now: datetime.datetime
) -> bool:
    deadline = closes_at or ends_at
    return now <= deadline


IN_STOCK = "https://schema.org/InStock"
SOLD_OUT = "https://schema.org/SoldOut"


def ticket_availability(
    *,
    places_left: int | None,
    registration_closes_at: datetime.datetime | None,
    ends_at: datetime.datetime,
    now: datetime.datetime,
) -> str:
    """schema.org availability of an event's places, for its Offer: none are left once the
    places are taken, registration has closed or the event is over (Google knows only
    InStock, SoldOut and PreOrder)."""
    if places_left == 0 or not registration_is_open(
        closes_at=registration_closes_at, ends_at=ends_at, now=now
    ):
        return SOLD_OUT
    return IN_STOCK
