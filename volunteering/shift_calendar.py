"""Shifts as iCalendar (RFC 5545), written with the icalendar library: one shift's `.ics`
and a volunteer's personal feed of every shift they hold a place on."""

import datetime

from django.utils import translation

import icalendar

from pages.site_url import site_hostname
from volunteering.models.shifts import ShiftSignup, SignupStatus

PRODID = "-//Siec//Volunteer shifts//PL"


def _event(shift, *, now: datetime.datetime) -> icalendar.Event:
    offer = shift.offer
    event = icalendar.Event()
    event.add("uid", f"shift-{shift.pk}@{site_hostname()}")
    event.add("dtstamp", now)
    event.add("dtstart", shift.start_at)
    event.add("dtend", shift.end_at)
    event.add("summary", f"{offer.title} – {shift.role}" if shift.role else offer.title)
    location = shift.location or ("" if shift.is_remote else offer.city)
    if location:
        event.add("location", location)
    event.add("url", offer.full_url or "")
    return event


def _calendar(name: str) -> icalendar.Calendar:
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    return calendar


def shift_ics(shift, *, now: datetime.datetime) -> bytes:
    calendar = _calendar(shift.offer.title)
    calendar.add("method", "PUBLISH")
    calendar.add_component(_event(shift, now=now))
    return calendar.to_ical()


def volunteer_feed(volunteer, *, now: datetime.datetime) -> bytes:
    """Every shift the volunteer holds a place on, from a month back."""
    with translation.override(volunteer.language_code):
        calendar = _calendar(translation.gettext("My volunteer shifts"))
    signups = ShiftSignup.objects.filter(
        volunteer=volunteer,
        status=SignupStatus.CONFIRMED,
        shift__end_at__gte=now - datetime.timedelta(days=31),
    ).select_related("shift__offer")
    for signup in signups:
        calendar.add_component(_event(signup.shift, now=now))
    return calendar.to_ical()
