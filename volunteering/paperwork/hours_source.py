"""Where the certificate takes its hours from, until branch shifts' `volunteering.hours` is
merged: its `approved_hours` when it is importable, otherwise the hours the coordinator enters
on the certificate. The integrator can delete the fallback once both branches are in."""

import datetime
from decimal import Decimal
from importlib import import_module


def approved_hours(
    *,
    volunteer,
    offer=None,
    organisation=None,
    start_date: datetime.date | None = None,
    end_date: datetime.date | None = None,
    entered: Decimal | None = None,
) -> Decimal | None:
    """Approved hours from the shifts' records, or `entered` when there are none."""
    try:
        hours = import_module("volunteering.hours")
    except ImportError:
        return entered
    approved = hours.approved_hours(
        volunteer=volunteer,
        offer=offer,
        organisation=organisation,
        start_date=start_date,
        end_date=end_date,
    )
    # Work done before shifts were recorded here is only known to the coordinator.
    return approved if approved or entered is None else entered
