import datetime

import pytest

from jobs import lifecycle
from jobs.titles import is_gender_inclusive
from pages.schedule import WARSAW

DEADLINE = datetime.date(2026, 12, 10)


def at(*parts) -> datetime.datetime:
    return datetime.datetime(*parts, tzinfo=WARSAW)


def test_a_posting_is_open_until_the_end_of_its_deadline_day_in_polish_time():
    assert lifecycle.is_open(deadline_date=DEADLINE, now=at(2026, 12, 10, 23, 59))
    assert not lifecycle.is_open(deadline_date=DEADLINE, now=at(2026, 12, 11, 0, 0))
    # 23:30 UTC on the 10th is already the 11th in Warsaw.
    utc_late = datetime.datetime(2026, 12, 10, 23, 30, tzinfo=datetime.UTC)
    assert not lifecycle.is_open(deadline_date=DEADLINE, now=utc_late)


@pytest.mark.parametrize(
    ("now", "reminded_for", "expected"),
    [
        (at(2026, 12, 7, 23, 59), None, False),  # more than three days before closing
        (at(2026, 12, 8, 0, 0), None, True),  # exactly three days before
        (at(2026, 12, 10, 18, 0), None, True),
        (at(2026, 12, 10, 18, 0), DEADLINE, False),  # already reminded for this deadline
        (at(2026, 12, 10, 18, 0), datetime.date(2026, 11, 30), True),  # reminded for an old one
        (at(2026, 12, 11, 0, 0), None, False),  # closed
    ],
)
def test_editors_are_reminded_once_in_the_three_days_before_closing(now, reminded_for, expected):
    assert (
        lifecycle.reminder_due(deadline_date=DEADLINE, reminded_for_date=reminded_for, now=now)
        is expected
    )


def test_extending_adds_two_weeks_to_the_deadline_or_to_today_if_later():
    assert lifecycle.extended_deadline(deadline_date=DEADLINE, now=at(2026, 12, 8, 9)) == (
        datetime.date(2026, 12, 24)
    )
    assert lifecycle.extended_deadline(deadline_date=DEADLINE, now=at(2026, 12, 20, 9)) == (
        datetime.date(2027, 1, 3)
    )


def test_applications_are_kept_for_the_retention_period_after_the_deadline():
    assert not lifecycle.application_expired(
        deadline_date=DEADLINE, retention_months=6, now=at(2027, 6, 10, 23, 59)
    )
    assert lifecycle.application_expired(
        deadline_date=DEADLINE, retention_months=6, now=at(2027, 6, 11, 0, 0)
    )


@pytest.mark.parametrize(
    ("deadline_date", "months", "last_day"),
    [
        (datetime.date(2026, 8, 31), 6, datetime.date(2027, 2, 28)),
        (datetime.date(2027, 8, 31), 6, datetime.date(2028, 2, 29)),
        (datetime.date(2026, 10, 31), 1, datetime.date(2026, 11, 30)),
        (datetime.date(2026, 12, 10), 1, datetime.date(2027, 1, 10)),
        (datetime.date(2026, 1, 31), 24, datetime.date(2028, 1, 31)),
    ],
)
def test_a_day_the_last_retention_month_lacks_becomes_that_months_last_day(
    deadline_date, months, last_day
):
    ends_at = lifecycle.retention_ends_at(deadline_date=deadline_date, retention_months=months)

    assert ends_at == lifecycle.closes_at(last_day)


@pytest.mark.parametrize(
    "title",
    [
        "Księgowy / Księgowa",
        "Specjalista/tka ds. COP",
        "Asystent(ka) zarządu",
        "Koordynator (-ka) projektu",
        "Osoba na stanowisko księgowej",
        "Pomoc księgowej (k/m)",
    ],
)
def test_titles_that_name_both_genders_pass(title):
    assert is_gender_inclusive(title)


@pytest.mark.parametrize("title", ["Księgowa", "Dyrektor finansowy", "Specjalista ds. COP"])
def test_titles_with_one_gendered_form_are_flagged(title):
    assert not is_gender_inclusive(title)
