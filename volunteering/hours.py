"""Volunteer hours: the approved totals, per volunteer and optionally per offer, organisation
and period. The certificates (volunteering.paperwork) take their hours from
`approved_hours`; keep its signature."""

import datetime
from decimal import Decimal

from django.db.models import OuterRef, Q, Subquery, Sum
from django.db.models.functions import Length, Substr

from pages.models import OrganisationPage
from pages.schedule import WARSAW
from volunteering.models.shifts import ShiftSignup, SignupStatus


def _day_start(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=WARSAW)


def approved_signups(*, offer=None, organisation=None, start_date=None, end_date=None):
    """Sign-ups whose hours the coordinator approved, of shifts that started between the two
    days inclusive (Polish days). `offer` and `organisation` match every translation."""
    signups = ShiftSignup.objects.filter(
        hours_approved_at__isnull=False, hours__isnull=False
    ).exclude(status=SignupStatus.CANCELLED)
    if offer is not None:
        signups = signups.filter(shift__offer__translation_key=offer.translation_key)
    if organisation is not None:
        paths = Q()
        for page in organisation.get_translations(inclusive=True):
            paths |= Q(shift__offer__path__startswith=page.path)
        signups = signups.filter(paths)
    if start_date is not None:
        signups = signups.filter(shift__start_at__gte=_day_start(start_date))
    if end_date is not None:
        signups = signups.filter(
            shift__start_at__lt=_day_start(end_date + datetime.timedelta(days=1))
        )
    return signups


def approved_hours(
    *, volunteer, offer=None, organisation=None, start_date=None, end_date=None
) -> Decimal:
    """The volunteer's approved hours; Decimal("0") when there are none."""
    total = (
        approved_signups(
            offer=offer, organisation=organisation, start_date=start_date, end_date=end_date
        )
        .filter(volunteer=volunteer)
        .aggregate(total=Sum("hours"))["total"]
    )
    return total if total is not None else Decimal("0")


def organisation_key(path_field: str) -> Subquery:
    """The translation key of the organisation a page (through `path_field`) lies in, in the
    database: the organisation page whose tree path begins the page's path."""
    return Subquery(
        OrganisationPage.objects.filter(
            path=Substr(OuterRef(path_field), 1, Length("path"))
        ).values("translation_key")[:1]
    )


TOTAL_KEYS = {
    "volunteer": "volunteer_id",
    "offer": "shift__offer__translation_key",
    "shift": "shift_id",
    "programme": "shift__offer__programme__translation_key",
    "organisation": "organisation_key",
}


def hours_totals(*, by: str, organisation=None, offer=None, start_date=None, end_date=None):
    """Approved hours summed per volunteer, offer, programme, organisation (translation keys
    for these three) or shift, within an organisation, an offer and a period: {key: Decimal}.
    A key not in TOTAL_KEYS is refused."""
    field = TOTAL_KEYS[by]
    signups = approved_signups(
        offer=offer, organisation=organisation, start_date=start_date, end_date=end_date
    )
    if by == "organisation":
        signups = signups.annotate(organisation_key=organisation_key("shift__offer__path"))
    rows = signups.values(field).annotate(total=Sum("hours")).order_by(field)
    return {row[field]: row["total"] for row in rows}
