"""iCalendar (RFC 5545) of one event or of many, built with the `icalendar` library: it
escapes text, folds lines at 75 octets and writes the VTIMEZONE, which calendar clients need
to show an event at its Polish time across the change to and from summer time."""

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass

import icalendar

from pages.schedule import WARSAW

PRODID = "-//Siec//Network CMS//PL"
# iCalendar text may not carry control characters (RFC 5545, 3.3.11); word processors paste
# them into summaries.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True, kw_only=True)
class CalendarEvent:
    uid: str
    title: str
    description: str
    location: str
    url: str
    start_at: datetime.datetime
    end_at: datetime.datetime
    categories: tuple[str, ...] = ()
    last_modified_at: datetime.datetime | None = None


def _text(value: str) -> str:
    return _CONTROL.sub(" ", value or "")


def _component(event: CalendarEvent, *, now: datetime.datetime) -> icalendar.Event:
    component = icalendar.Event.new(
        uid=event.uid,
        stamp=now.astimezone(datetime.UTC),
        # Polish wall-clock time with its TZID: the VTIMEZONE below defines it.
        start=event.start_at.astimezone(WARSAW),
        end=event.end_at.astimezone(WARSAW),
        summary=_text(event.title),
        description=_text(event.description) or None,
        location=_text(event.location) or None,
        url=event.url or None,
        categories=[_text(name) for name in event.categories],
    )
    if event.last_modified_at is not None:
        component.add("last-modified", event.last_modified_at.astimezone(datetime.UTC))
    return component


def calendar_to_ics(
    *,
    events: Iterable[CalendarEvent],
    name: str,
    uid: str,
    url: str = "",
    now: datetime.datetime,
) -> bytes:
    """A published calendar of `events`, named `name` (RFC 7986 NAME and the X-WR-CALNAME most
    clients read). `uid` names the calendar itself and must stay the same between requests."""
    events = list(events)
    calendar = icalendar.Calendar.new(
        prodid=PRODID, method="PUBLISH", calscale="GREGORIAN", name=_text(name), uid=uid
    )
    if url:
        calendar.add("url", url)
    for event in events:
        calendar.add_component(_component(event, now=now))
    if events:
        # The rules of the years the events span (not 1970-2038, which weighs 6 kB).
        first = min(event.start_at for event in events).astimezone(WARSAW).date()
        last = max(event.end_at for event in events).astimezone(WARSAW).date()
        calendar.add_missing_timezones(
            first_date=first.replace(month=1, day=1),
            last_date=last.replace(month=1, day=1) + datetime.timedelta(days=366),
        )
    else:
        # RFC 5545 wants at least one component: an empty feed still names its time zone.
        year = now.astimezone(WARSAW).date().replace(month=1, day=1)
        calendar.add_component(
            icalendar.Timezone.from_tzid(
                "Europe/Warsaw", first_date=year, last_date=year + datetime.timedelta(days=366)
            )
        )
    return calendar.to_ical()
