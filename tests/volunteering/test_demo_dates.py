"""The demo's one-off activities are weekend events on whatever day the demo is loaded. No
database."""

import datetime

import pytest

from volunteering import slots
from volunteering.demo import first_weekend_after, one_off_dates
from volunteering.demo_content import OFFERS

SATURDAY_MORNING = slots.bit(5, 0)
A_WEEK_OF_LOADING_DAYS = [
    datetime.date(2026, 11, 16) + datetime.timedelta(days=n) for n in range(7)
]


@pytest.mark.parametrize("day", A_WEEK_OF_LOADING_DAYS, ids=lambda day: day.strftime("%A"))
def test_the_first_weekend_after_any_day_is_the_saturday_and_sunday_within_a_week(day):
    saturday, sunday = first_weekend_after(day)

    assert (saturday.weekday(), sunday.weekday()) == (5, 6)
    assert day <= saturday < day + datetime.timedelta(days=7)
    assert sunday == saturday + datetime.timedelta(days=1)


@pytest.mark.parametrize("day", A_WEEK_OF_LOADING_DAYS, ids=lambda day: day.strftime("%A"))
def test_every_one_off_demo_activity_is_open_to_a_volunteer_free_on_saturday_mornings(day):
    one_off = [offer for offer in OFFERS if offer["schedule_kind"] == "ONE_OFF"]
    assert one_off, "the demo has no one-off activity left to check"

    for offer in one_off:
        start, end = one_off_dates(offer, today=day)
        assert slots.mask_for_dates(start, end, 0) & SATURDAY_MORNING, offer["pl"]["title"]
        if offer["deadline_days"]:
            assert day + datetime.timedelta(days=offer["deadline_days"]) < start
