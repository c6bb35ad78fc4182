"""Weekly time slots (weekday × part of day) as bits of one integer.

Bit `day * 3 + period`: Monday morning is bit 0, Sunday evening bit 20. Offers and volunteers
store their slots this way, so "do they overlap" is one AND and "how much" one popcount.
"""

import datetime

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

DAYS = [
    _("Monday"),
    _("Tuesday"),
    _("Wednesday"),
    _("Thursday"),
    _("Friday"),
    _("Saturday"),
    _("Sunday"),
]
DAY_KEYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
PERIODS = [
    pgettext_lazy("part of day", "morning"),
    pgettext_lazy("part of day", "afternoon"),
    pgettext_lazy("part of day", "evening"),
]
PERIOD_KEYS = ["morning", "afternoon", "evening"]
SLOT_COUNT = len(DAYS) * len(PERIODS)
ALL_PERIODS_OF_A_DAY = 0b111
ALL_SLOTS = (1 << SLOT_COUNT) - 1


def bit(day: int, period: int) -> int:
    return 1 << (day * len(PERIODS) + period)


def slot_key(day: int, period: int) -> str:
    return f"{DAY_KEYS[day]}-{PERIOD_KEYS[period]}"


def slots_in(mask: int) -> list[tuple[int, int]]:
    return [
        (day, period)
        for day in range(len(DAYS))
        for period in range(len(PERIODS))
        if mask & bit(day, period)
    ]


def keys_from_mask(mask: int) -> list[str]:
    return [slot_key(day, period) for day, period in slots_in(mask)]


def describe(mask: int) -> str:
    """ "Tuesday – evening, Saturday – morning", in the active language."""
    return ", ".join(f"{DAYS[day]} – {PERIODS[period]}" for day, period in slots_in(mask))


def mask_for_dates(start: datetime.date, end: datetime.date, periods_mask: int) -> int:
    """The weekly slots a one-off activity touches: each weekday between its dates, at the
    parts of day it takes (all three when not given)."""
    periods = periods_mask or ALL_PERIODS_OF_A_DAY
    mask = 0
    day = start
    for _offset in range(min((end - start).days + 1, 7)):
        mask |= periods << (day.weekday() * len(PERIODS))
        day += datetime.timedelta(days=1)
    return mask


def on_every_day(periods_mask: int) -> int:
    """The weekly slots of some parts of the day (a 3-bit value), on every day of the week."""
    mask = 0
    for day in range(len(DAYS)):
        mask |= periods_mask << (day * len(PERIODS))
    return mask
