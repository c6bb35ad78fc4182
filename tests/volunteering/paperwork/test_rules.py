"""The paperwork's rules as plain functions, on a fixed clock."""

import datetime

import pytest

from volunteering.paperwork import rules

NOW = datetime.datetime(2026, 5, 4, 10, 0, tzinfo=datetime.UTC)
TODAY = NOW.date()


def test_a_placement_of_thirty_days_needs_no_written_agreement_but_accident_insurance():
    dates = {"start_date": TODAY, "end_date": TODAY + datetime.timedelta(days=29)}

    required = rules.agreement_required(**dates, now=NOW)

    assert required is False
    assert rules.needs_accident_insurance(**dates, now=NOW) is True


def test_a_placement_of_thirty_one_days_needs_a_written_agreement():
    dates = {"start_date": TODAY, "end_date": TODAY + datetime.timedelta(days=30)}

    required = rules.agreement_required(**dates, now=NOW)

    assert required is True
    assert rules.needs_accident_insurance(**dates, now=NOW) is False


def test_a_placement_without_a_last_day_needs_a_written_agreement():
    required = rules.agreement_required(start_date=TODAY, end_date=None, now=NOW)

    assert required is True


def test_a_placement_without_a_first_day_counts_from_today():
    end_date = TODAY + datetime.timedelta(days=10)

    days = rules.placement_days(start_date=None, end_date=end_date, now=NOW)

    assert days == 11


FULL_CHECK = {
    "works_with_minors": True,
    "standards_linked": True,
    "register_checked": True,
    "criminal_record_checked": True,
    "checked_on": TODAY,
}


def test_work_without_minors_needs_no_checks():
    allowed = rules.may_work_with_minors(
        works_with_minors=False,
        standards_linked=False,
        register_checked=False,
        criminal_record_checked=False,
        checked_on=None,
        now=NOW,
    )

    assert allowed is True


def test_work_with_minors_is_allowed_after_both_checks_with_published_standards():
    allowed = rules.may_work_with_minors(**FULL_CHECK, now=NOW)

    assert allowed is True


@pytest.mark.parametrize(
    "missing",
    [
        {"standards_linked": False},
        {"register_checked": False},
        {"criminal_record_checked": False},
        {"checked_on": None},
        {"checked_on": TODAY + datetime.timedelta(days=1)},
    ],
)
def test_work_with_minors_is_refused_while_anything_is_missing(missing):
    allowed = rules.may_work_with_minors(**(FULL_CHECK | missing), now=NOW)

    assert allowed is False


def test_a_minors_agreement_is_complete_only_with_the_guardians_acceptance():
    both = {"volunteer_accepted_at": NOW, "coordinator_accepted_at": NOW}

    without = rules.agreement_complete(**both, guardian_accepted_at=None, volunteer_age=16, now=NOW)
    with_guardian = rules.agreement_complete(
        **both, guardian_accepted_at=NOW, volunteer_age=16, now=NOW
    )
    adult = rules.agreement_complete(**both, guardian_accepted_at=None, volunteer_age=30, now=NOW)

    assert (without, with_guardian, adult) == (False, True, True)
