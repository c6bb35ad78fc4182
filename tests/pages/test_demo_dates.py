"""The demo's events stay ahead of the day the demo is loaded. No database."""

import datetime

import pytest

from pages.demo.content import CONFERENCES
from pages.demo.dates import REGISTRATION_LEAD, event_shift

WRITTEN = {
    "start": (2026, 12, 3, 9, 30),
    "end": (2026, 12, 4, 16, 0),
    "closes": (2026, 11, 30, 23, 59),
}


def test_an_event_whose_registration_is_far_enough_ahead_keeps_its_dates():
    assert event_shift(WRITTEN, today=datetime.date(2026, 11, 23)) == datetime.timedelta(0)


def test_an_event_loaded_after_its_dates_moves_by_whole_weeks_until_registration_is_open():
    shift = event_shift(WRITTEN, today=datetime.date(2027, 3, 15))

    closes = datetime.date(2026, 11, 30) + shift
    assert shift.days % 7 == 0
    assert datetime.date(2027, 3, 15) + REGISTRATION_LEAD <= closes
    assert closes < datetime.date(2027, 3, 15) + REGISTRATION_LEAD + datetime.timedelta(days=7)


def test_an_event_without_a_registration_deadline_is_kept_ahead_by_its_start():
    no_deadline = {key: value for key, value in WRITTEN.items() if key != "closes"}

    shift = event_shift(no_deadline, today=datetime.date(2026, 12, 1))

    assert datetime.date(2026, 12, 3) + shift >= datetime.date(2026, 12, 1) + REGISTRATION_LEAD


@pytest.mark.parametrize("years_later", [0, 1, 5])
def test_every_demo_event_is_ahead_of_any_loading_day(years_later):
    today = datetime.date(2026, 11, 21) + datetime.timedelta(days=365 * years_later + 40)
    for data in CONFERENCES:
        start = datetime.date(*data["start"][:3]) + event_shift(data, today=today)
        assert start > today, data["pl"]["title"]
