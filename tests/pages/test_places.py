"""The rules of places, waiting lists, reminders and retention, with fixed clocks."""

import datetime

import pytest

from pages import places
from pages.schedule import WARSAW

START = datetime.datetime(2026, 6, 6, 10, 0, tzinfo=WARSAW)


def test_a_registration_takes_a_place_only_while_one_is_free():
    assert places.takes_a_place(confirmed=1, capacity=2)
    assert not places.takes_a_place(confirmed=2, capacity=2)


def test_the_waiting_list_moves_up_in_the_order_people_joined_into_the_free_places():
    waiting = ["first", "second", "third"]

    promoted = places.promotions(confirmed=3, capacity=5, waiting=waiting)

    assert promoted == ["first", "second"]


def test_nobody_moves_up_while_the_event_is_full_or_overbooked():
    assert places.promotions(confirmed=5, capacity=4, waiting=["first"]) == []


@pytest.mark.parametrize(
    ("now", "reminded_at", "due"),
    [
        (START - datetime.timedelta(hours=49), None, False),  # before the window
        (START - datetime.timedelta(hours=48), None, True),  # the window opens
        (START - datetime.timedelta(hours=1), None, True),  # registered late: one reminder
        (START - datetime.timedelta(hours=47), START - datetime.timedelta(hours=48), False),
        (START, None, False),  # the event has started
    ],
)
def test_a_registrant_is_reminded_once_when_the_reminder_time_has_come(now, reminded_at, due):
    assert (
        places.reminder_due(start_at=START, now=now, offsets=[48], reminded_at=reminded_at) is due
    )


def test_with_two_offsets_a_registrant_reminded_at_the_first_is_reminded_again_at_the_second():
    reminded_at = START - datetime.timedelta(hours=47)

    again = places.reminder_due(
        start_at=START,
        now=START - datetime.timedelta(hours=2),
        offsets=[48, 2],
        reminded_at=reminded_at,
    )

    assert again


def test_a_registration_can_be_cancelled_until_the_event_starts():
    assert places.may_cancel_registration(start_at=START, now=START - datetime.timedelta(seconds=1))
    assert not places.may_cancel_registration(start_at=START, now=START)


def test_retention_counts_the_days_from_the_moment_of_the_purge():
    now = datetime.datetime(2026, 9, 4, 3, 0, tzinfo=WARSAW)

    cutoff = places.retention_cutoff(now=now, days=90)

    assert cutoff == datetime.datetime(2026, 6, 6, 3, 0, tzinfo=WARSAW)
