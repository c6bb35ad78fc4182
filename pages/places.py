"""Who gets a place and who waits, when to remind and when to forget: the rules shared by event
registrations (pages.registrations) and volunteer shifts (volunteering.shifts). Plain functions
of `now`; below the models, so nothing here imports a model."""

import datetime


def takes_a_place(*, confirmed: int, capacity: int) -> bool:
    """A new sign-up gets a place while one is free; otherwise it joins the waiting list."""
    return confirmed < capacity


FEW_PLACES = 5


def few_places_left(*, left: int, capacity: int) -> bool:
    """Whether a listing warns that places are running out: five or fewer, none not counted
    (a full event says so instead)."""
    return 0 < left <= min(FEW_PLACES, capacity)


def promotions(*, confirmed: int, capacity: int, waiting: list) -> list:
    """Who moves from the waiting list (in the order they joined) into the places free."""
    return waiting[: max(capacity - confirmed, 0)]


def reminders_due(
    *, start_at: datetime.datetime, now: datetime.datetime, offsets, sent
) -> tuple[int | None, set[int]]:
    """Which reminder to send now, and every offset to record as done: of the reminders whose
    time has come before the start and that were not sent, only the nearest is sent (someone
    signing up an hour before gets one "in 2 hours", not also the "in 48 hours" one)."""
    due = {h for h in offsets if h not in sent and start_at - datetime.timedelta(hours=h) <= now}
    if not due or now >= start_at:
        return None, set()
    return min(due), due


def reminder_due(
    *,
    start_at: datetime.datetime,
    now: datetime.datetime,
    offsets,
    reminded_at: datetime.datetime | None,
) -> bool:
    """Whether a registrant gets a reminder now, with one `reminded_at` per registration: the
    time of some offset before the start has come and nothing was sent since it came (so a
    registration made an hour before the event gets one reminder, not one per offset)."""
    if now >= start_at:
        return False
    came = [start_at - datetime.timedelta(hours=h) for h in offsets]
    latest = max((moment for moment in came if moment <= now), default=None)
    return latest is not None and (reminded_at is None or reminded_at < latest)


def may_cancel_registration(*, start_at: datetime.datetime, now: datetime.datetime) -> bool:
    """A registrant can give up their place (or their turn) until the event starts."""
    return now < start_at


def retention_cutoff(*, now: datetime.datetime, days: int) -> datetime.datetime:
    """Events that ended before this moment have had their registrants' details kept long
    enough (SIEC_EVENT_REGISTRATION_RETENTION_DAYS after the end)."""
    return now - datetime.timedelta(days=days)
