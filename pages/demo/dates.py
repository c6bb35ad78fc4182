"""Keeping the demo's dated content ahead of the day it is loaded.

The events in `content.CONFERENCES` carry the dates they were written with. A demo loaded after
those dates would show only past events and no open registration form, so the loader moves each
event forward by whole weeks (its weekday and times stay as written) until registration is open
for at least REGISTRATION_LEAD.
"""

import datetime
import math

REGISTRATION_LEAD = datetime.timedelta(days=7)


def event_shift(data: dict, *, today: datetime.date) -> datetime.timedelta:
    """How far to move an event from `content.CONFERENCES`: zero while registration (or, with
    no registration deadline, the event itself) is at least REGISTRATION_LEAD away."""
    last_day = datetime.date(*(data.get("closes") or data["start"])[:3])
    behind = (today + REGISTRATION_LEAD - last_day).days
    if behind <= 0:
        return datetime.timedelta(0)
    return datetime.timedelta(weeks=math.ceil(behind / 7))
