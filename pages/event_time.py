"""How an event's time reads, the one way every page, card, e-mail and feed says it: a one-day
event gives its date once ("6 czerwca 2026, 18:00–20:00"), an event over several days gives
both ("6 czerwca 2026, 18:00 – 7 czerwca 2026, 14:00"). Always in Polish time, whatever zone
the moments come in, in the active language (Django's date formats, so "czerwca"/"June")."""

import dataclasses
import datetime

from django.utils import timezone
from django.utils.formats import date_format

from pages.schedule import WARSAW

DAY = "j E Y"
WEEKDAY_AND_DAY = "l, j E Y"
TIME = "H:i"


@dataclasses.dataclass(frozen=True)
class EventTime:
    """The two ends as text, and what goes between them, so that a page can mark each end up
    with its own `<time datetime>` and an e-mail can print `str()` of the whole."""

    start: str
    end: str
    separator: str
    start_at: datetime.datetime
    end_at: datetime.datetime

    def __str__(self) -> str:
        return f"{self.start}{self.separator}{self.end}"


def event_time(
    *, start_at: datetime.datetime, end_at: datetime.datetime, weekday: bool = False
) -> EventTime:
    """`weekday`: name the day too ("sobota, 6 czerwca 2026, ..."), as the event page does."""
    start, end = timezone.localtime(start_at, WARSAW), timezone.localtime(end_at, WARSAW)
    day = WEEKDAY_AND_DAY if weekday else DAY
    start_text = f"{date_format(start, day)}, {date_format(start, TIME)}"
    if start.date() == end.date():
        # An en dash without spaces between two times of the same day (Polish and English).
        return EventTime(start_text, date_format(end, TIME), "–", start, end)
    end_text = f"{date_format(end, day)}, {date_format(end, TIME)}"
    return EventTime(start_text, end_text, " – ", start, end)
