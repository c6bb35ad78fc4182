"""The paperwork's rules as plain functions of `now`: the shifts sign-up and the admin call them,
and they are tested with a fixed clock (tests/volunteering/paperwork/test_rules.py)."""

import datetime

# Art. 44 sec. 2: the agreement must be written where the work lasts more than 30 days; up to
# 30 days the organisation must insure the volunteer against accidents (art. 46 sec. 2).
WRITTEN_AGREEMENT_AFTER_DAYS = 30
ADULT_AGE = 18


def placement_days(
    *, start_date: datetime.date | None, end_date: datetime.date | None, now: datetime.datetime
) -> int | None:
    """Calendar days of a placement, both ends counted; None while it has no end."""
    if end_date is None:
        return None
    start = start_date or now.date()
    return max((end_date - start).days + 1, 0)


def agreement_required(
    *, start_date: datetime.date | None, end_date: datetime.date | None, now: datetime.datetime
) -> bool:
    """Whether a written agreement must be accepted before the first shift. A placement with
    no last day may last more than 30 days, so it needs one (fails closed)."""
    days = placement_days(start_date=start_date, end_date=end_date, now=now)
    return days is None or days > WRITTEN_AGREEMENT_AFTER_DAYS


def needs_accident_insurance(
    *, start_date: datetime.date | None, end_date: datetime.date | None, now: datetime.datetime
) -> bool:
    """Placements of up to 30 days: the organisation must provide NNW insurance."""
    return not agreement_required(start_date=start_date, end_date=end_date, now=now)


def agreement_complete(
    *,
    volunteer_accepted_at: datetime.datetime | None,
    coordinator_accepted_at: datetime.datetime | None,
    guardian_accepted_at: datetime.datetime | None,
    volunteer_age: int,
    now: datetime.datetime,
) -> bool:
    """Both parties accepted, and a parent or guardian too when the volunteer is a minor."""
    accepted = [volunteer_accepted_at, coordinator_accepted_at]
    if volunteer_age < ADULT_AGE:
        accepted.append(guardian_accepted_at)
    return all(moment is not None and moment <= now for moment in accepted)


def may_work_with_minors(
    *,
    works_with_minors: bool,
    standards_linked: bool,
    register_checked: bool,
    criminal_record_checked: bool,
    checked_on: datetime.date | None,
    now: datetime.datetime,
) -> bool:
    """Whether a volunteer may be accepted (and signed up for a shift) on an offer. Work with
    minors needs the organisation's standards published and both checks recorded, on a day
    that has come; anything missing denies."""
    if not works_with_minors:
        return True
    return (
        standards_linked
        and register_checked
        and criminal_record_checked
        and checked_on is not None
        and checked_on <= now.date()
    )
