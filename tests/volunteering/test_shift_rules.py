"""The rules of shifts, as plain functions of `now` on a fixed clock."""

import datetime
from decimal import Decimal

import pytest

from pages.schedule import WARSAW
from volunteering import shifts as rules

NOW = datetime.datetime(2026, 6, 1, 12, 0, tzinfo=WARSAW)


def test_a_weekly_series_has_a_shift_every_weekday_except_the_skipped_dates():
    days = rules.occurrence_dates(
        weekday=2,  # Wednesday
        first_date=datetime.date(2026, 6, 1),
        last_date=datetime.date(2026, 6, 30),
        skipped={datetime.date(2026, 6, 10)},
    )

    assert days == [datetime.date(2026, 6, d) for d in (3, 17, 24)]


def test_a_shift_keeps_its_polish_wall_clock_time_across_the_change_to_summer_time():
    before = rules.shift_bounds(datetime.date(2026, 3, 28), datetime.time(9), datetime.time(13))
    after = rules.shift_bounds(datetime.date(2026, 3, 29), datetime.time(9), datetime.time(13))

    assert before[0].astimezone(datetime.UTC).hour == 8
    assert after[0].astimezone(datetime.UTC).hour == 7
    assert after[0].astimezone(WARSAW).hour == 9


def test_a_night_shift_ends_the_next_day():
    start_at, end_at = rules.shift_bounds(
        datetime.date(2026, 6, 5), datetime.time(22), datetime.time(6)
    )

    assert end_at - start_at == datetime.timedelta(hours=8)


def test_a_sign_up_takes_a_place_until_the_shift_is_full():
    assert rules.takes_a_place(confirmed=3, capacity=4)
    assert not rules.takes_a_place(confirmed=4, capacity=4)


def test_freed_places_go_to_the_waiting_list_in_the_order_it_was_joined():
    assert rules.promotions(confirmed=3, capacity=4, waiting=["a", "b"]) == ["a"]
    assert rules.promotions(confirmed=2, capacity=4, waiting=["a", "b", "c"]) == ["a", "b"]
    assert rules.promotions(confirmed=4, capacity=4, waiting=["a"]) == []


def test_a_volunteer_may_cancel_only_before_the_cut_off():
    start_at = NOW + datetime.timedelta(hours=24)
    cutoff = datetime.timedelta(hours=24)

    assert rules.may_cancel(
        start_at=start_at, now=NOW - datetime.timedelta(seconds=1), cutoff=cutoff
    )
    assert not rules.may_cancel(start_at=start_at, now=NOW, cutoff=cutoff)


def test_only_an_accepted_volunteer_signs_up_and_only_before_the_start():
    start_at = NOW + datetime.timedelta(hours=1)

    assert rules.may_sign_up(accepted=True, start_at=start_at, now=NOW)
    assert not rules.may_sign_up(accepted=False, start_at=start_at, now=NOW)
    assert not rules.may_sign_up(accepted=True, start_at=NOW, now=NOW)


def test_hours_from_check_in_and_out_are_rounded_to_the_quarter_hour():
    checked_in_at = NOW

    assert rules.hours_between(checked_in_at, NOW + datetime.timedelta(minutes=247)) == Decimal("4")
    assert rules.hours_between(checked_in_at, NOW + datetime.timedelta(minutes=83)) == Decimal(
        "1.5"
    )
    assert rules.hours_between(checked_in_at, NOW - datetime.timedelta(hours=1)) == Decimal("0")


def test_skipped_dates_are_read_one_a_line_and_a_wrong_one_is_refused():
    assert rules.parse_dates("2026-06-10\n\n 2026-06-17 ") == [
        datetime.date(2026, 6, 10),
        datetime.date(2026, 6, 17),
    ]
    with pytest.raises(ValueError):
        rules.parse_dates("10.06.2026")


def test_the_48_hour_reminder_is_due_from_48_hours_before_the_start():
    start_at = NOW + datetime.timedelta(hours=48)

    early = rules.reminders_due(
        start_at=start_at, now=NOW - datetime.timedelta(minutes=1), offsets=(48, 2), sent=set()
    )
    due = rules.reminders_due(start_at=start_at, now=NOW, offsets=(48, 2), sent=set())
    again = rules.reminders_due(start_at=start_at, now=NOW, offsets=(48, 2), sent={48})

    assert early == (None, set())
    assert due == (48, {48})
    assert again == (None, set())


def test_a_late_sign_up_gets_only_the_nearest_reminder_and_none_after_the_start():
    start_at = NOW + datetime.timedelta(hours=1)

    assert rules.reminders_due(start_at=start_at, now=NOW, offsets=(48, 2), sent=set()) == (
        2,
        {48, 2},
    )
    assert rules.reminders_due(start_at=NOW, now=NOW, offsets=(48, 2), sent=set()) == (None, set())
