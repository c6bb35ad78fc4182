"""Demo shifts: a weekly series of the workshops at MIS's Senior Activity Centre (Tuesday
mornings, about 90 minutes, as the offer says), the Skawina neighbourhood action's shift on
its Saturday, and two volunteers with approved hours on past workshops. Idempotent."""

import datetime
from decimal import Decimal

from django.utils import timezone

from pages.schedule import WARSAW
from volunteering import shift_services
from volunteering.models import (
    Interest,
    InterestStatus,
    Shift,
    ShiftSeries,
    ShiftSignup,
    SignupStatus,
    Volunteer,
    VolunteerOfferPage,
)
from volunteering.shifts import shift_bounds

SENIORS_SLUG = "warsztaty-z-seniorami"
SKAWINA_SLUG = "akcja-sasiedzka-skawina"
TUESDAY = 1
# The two fictional volunteers of demo_content.VOLUNTEERS who worked at the centre.
WORKED = [("anna.przykladowa@example.org", "1.5"), ("jan.testowy@example.org", "1.5")]


def _source_offer(slug):
    return VolunteerOfferPage.objects.filter(slug=slug, locale__language_code="pl").first()


def load_demo_shifts(*, home, organisations, locales):
    today = timezone.localdate()
    seniors, skawina = _source_offer(SENIORS_SLUG), _source_offer(SKAWINA_SLUG)
    if seniors is not None:
        series, _created = ShiftSeries.objects.get_or_create(
            offer=seniors,
            weekday=TUESDAY,
            defaults={
                "start_time": datetime.time(10),
                "end_time": datetime.time(11, 30),
                "first_date": today - datetime.timedelta(days=21),
                "last_date": today + datetime.timedelta(days=56),
                "location": "Centrum Aktywności Seniora, Kraków",
                "capacity": 3,
                "minimum_headcount": 2,
                "role": "Warsztaty z seniorami",
            },
        )
        # From the series' first day, so the past workshops (with their hours) exist too.
        start = datetime.datetime.combine(series.first_date, datetime.time.min, tzinfo=WARSAW)
        shift_services.generate_series(series=series, now=start)
        _approved_hours(seniors, series)
    if skawina is not None and skawina.start_date:
        start_at, end_at = shift_bounds(skawina.start_date, datetime.time(10), datetime.time(14))
        Shift.objects.get_or_create(
            offer=skawina,
            start_at=start_at,
            defaults={
                "end_at": end_at,
                "location": "Rynek, Skawina",
                "capacity": 2,
                "minimum_headcount": 1,
                "role": "Stoisko sąsiedzkie",
            },
        )


def _approved_hours(offer, series) -> None:
    now = timezone.now()
    past = list(series.shifts.filter(end_at__lt=now).order_by("start_at")[:2])
    for email, hours in WORKED:
        volunteer = Volunteer.objects.filter(email=email).first()
        if volunteer is None:
            continue
        interest, _created = Interest.objects.get_or_create(
            volunteer=volunteer, offer=offer, defaults={"created_at": now}
        )
        Interest.objects.filter(pk=interest.pk).update(
            status=InterestStatus.ACCEPTED, status_changed_at=now
        )
        for shift in past:
            ShiftSignup.objects.get_or_create(
                shift=shift,
                volunteer=volunteer,
                defaults={
                    "status": SignupStatus.CONFIRMED,
                    "created_at": shift.start_at - datetime.timedelta(days=5),
                    "status_changed_at": shift.start_at - datetime.timedelta(days=5),
                    "checked_in_at": shift.start_at,
                    "checked_out_at": shift.end_at,
                    "hours": Decimal(hours),
                    "hours_approved_at": shift.end_at,
                },
            )
