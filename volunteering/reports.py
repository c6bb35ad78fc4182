"""Reports for grant-makers: for a programme or an organisation and a period, how many
volunteers worked, how many shifts they held, their approved hours and how many people
registered for the events, per organisation and in total; for a programme that states its
planned participants, planned against reached.

Plain selectors, no HTTP. What counts is what a certificate could confirm: only hours the
coordinator approved (volunteering.hours.approved_signups), of shifts that started within the
period; a shift is "held" when at least one volunteer's hours on it were approved. Event
participants are the confirmed registrations (a place held, not the waiting list or a
cancellation) of events that started within the period.

`visible_keys` scopes everything: the translation keys of the organisations whose figures
the reader may see, or None for all of them (network coordinators and superusers). The
queries do not grow with the number of volunteers, shifts or registrations."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, Q, Sum
from django.utils import translation

from pages.models import (
    ConferencePage,
    ConferenceRegistration,
    OrganisationPage,
    ProgrammePage,
    RegistrationStatus,
)
from pages.schedule import WARSAW
from volunteering.hours import approved_signups, organisation_key
from volunteering.models import VolunteerOfferPage


@dataclass(frozen=True)
class ReportRow:
    """One organisation's figures, or the total (volunteers counted once across all)."""

    organisation: str
    volunteers: int = 0
    shifts: int = 0
    hours: Decimal = Decimal("0")
    participants: int = 0
    # Only on the total row of a programme that states its planned participants.
    planned: int | None = None
    reached: int | None = None


@dataclass(frozen=True)
class OfferRow:
    offer: str
    organisation: str
    volunteers: int
    shifts: int
    hours: Decimal


@dataclass(frozen=True)
class GrantReport:
    title: str
    start_date: datetime.date
    end_date: datetime.date
    rows: list[ReportRow]
    total: ReportRow
    offers: list[OfferRow]

    @property
    def reached_share(self) -> int | None:
        """Reached as a whole percentage of planned, when a plan is stated."""
        if not self.total.planned:
            return None
        return round(100 * self.total.reached / self.total.planned)


def _day_bounds(start_date, end_date) -> tuple[datetime.datetime, datetime.datetime]:
    start = datetime.datetime.combine(start_date, datetime.time.min, tzinfo=WARSAW)
    end = datetime.datetime.combine(
        end_date + datetime.timedelta(days=1), datetime.time.min, tzinfo=WARSAW
    )
    return start, end


def _under_organisations(keys, *, field: str) -> Q:
    """Pages (through `field`, a path) inside the organisations with these keys, any locale."""
    condition = Q(pk__in=[])
    for path in OrganisationPage.objects.filter(translation_key__in=keys).values_list(
        "path", flat=True
    ):
        condition |= Q(**{f"{field}__startswith": path})
    return condition


def _in_programme(programme: ProgrammePage, model, *, field: str) -> Q:
    """Pages of `model` (through `field`) linked to the programme, or under it, in any of the
    translations of either."""
    linked = model.objects.filter(
        Q(programme__translation_key=programme.translation_key)
        | _under_programme(programme, field="path")
    ).values("translation_key")
    return Q(**{f"{field}__translation_key__in": linked})


def _under_programme(programme: ProgrammePage, *, field: str) -> Q:
    condition = Q()
    for page in programme.get_translations(inclusive=True).only("path"):
        condition |= Q(**{f"{field}__startswith": page.path})
    return condition


def _organisation_names(keys) -> dict:
    """Each organisation's name in the active language, else in any language it has."""
    language = translation.get_language()
    names: dict = {}
    pages = OrganisationPage.objects.filter(translation_key__in=keys).select_related("locale")
    for page in pages.order_by("pk"):
        if page.translation_key not in names or page.locale.language_code == language:
            names[page.translation_key] = page.title
    return names


def grant_report(
    *,
    start_date: datetime.date,
    end_date: datetime.date,
    programme: ProgrammePage | None = None,
    organisation: OrganisationPage | None = None,
    visible_keys: set | None = None,
) -> GrantReport:
    """The report for one programme or one organisation (exactly one) between the two days,
    inclusive (Polish days)."""
    if (programme is None) == (organisation is None):
        raise ValueError("A report is for one programme or one organisation.")
    signups = approved_signups(start_date=start_date, end_date=end_date)
    start_at, end_at = _day_bounds(start_date, end_date)
    # A place held, not a place asked for: the waiting list and cancellations are not
    # participants. A purged registration keeps its status (pages.registrations), so a
    # report on a past period counts the same after the retention purge.
    registrations = ConferenceRegistration.objects.filter(
        status=RegistrationStatus.CONFIRMED,
        conference__start_at__gte=start_at,
        conference__start_at__lt=end_at,
    )
    if programme is not None:
        signups = signups.filter(_in_programme(programme, VolunteerOfferPage, field="shift__offer"))
        registrations = registrations.filter(
            _in_programme(programme, ConferencePage, field="conference")
        )
    else:
        signups = signups.filter(
            _under_organisations({organisation.translation_key}, field="shift__offer__path")
        )
        registrations = registrations.filter(
            _under_organisations({organisation.translation_key}, field="conference__path")
        )
    if visible_keys is not None:
        signups = signups.filter(_under_organisations(visible_keys, field="shift__offer__path"))
        registrations = registrations.filter(
            _under_organisations(visible_keys, field="conference__path")
        )

    worked = {
        row["organisation_key"]: row
        for row in signups.annotate(organisation_key=organisation_key("shift__offer__path"))
        .values("organisation_key")
        .annotate(
            volunteers=Count("volunteer", distinct=True),
            shifts=Count("shift", distinct=True),
            hours=Sum("hours"),
        )
        .order_by()
    }
    registered = dict(
        registrations.annotate(organisation_key=organisation_key("conference__path"))
        .values("organisation_key")
        .annotate(participants=Count("pk"))
        .values_list("organisation_key", "participants")
        .order_by()
    )
    names = _organisation_names(set(worked) | set(registered))
    rows = sorted(
        (
            ReportRow(
                organisation=names.get(key, ""),
                volunteers=worked.get(key, {}).get("volunteers", 0),
                shifts=worked.get(key, {}).get("shifts", 0),
                hours=worked.get(key, {}).get("hours") or Decimal("0"),
                participants=registered.get(key, 0),
            )
            for key in set(worked) | set(registered)
        ),
        key=lambda row: row.organisation,
    )
    everyone = signups.aggregate(
        volunteers=Count("volunteer", distinct=True),
        shifts=Count("shift", distinct=True),
        hours=Sum("hours"),
    )
    participants = sum(registered.values())
    planned = (programme.planned_participants or None) if programme is not None else None
    total = ReportRow(
        organisation=str(translation.gettext("Total")),
        volunteers=everyone["volunteers"],
        shifts=everyone["shifts"],
        hours=everyone["hours"] or Decimal("0"),
        participants=participants,
        planned=planned,
        # The people the programme reached: its events' participants and its volunteers.
        reached=participants + everyone["volunteers"] if planned else None,
    )
    return GrantReport(
        title=(programme or organisation).title,
        start_date=start_date,
        end_date=end_date,
        rows=rows,
        total=total,
        offers=_offer_rows(signups, names),
    )


def _offer_rows(signups, names: dict) -> list[OfferRow]:
    rows = (
        signups.annotate(organisation_key=organisation_key("shift__offer__path"))
        .values("shift__offer_id", "shift__offer__title", "organisation_key")
        .annotate(
            volunteers=Count("volunteer", distinct=True),
            shifts=Count("shift", distinct=True),
            hours=Sum("hours"),
        )
        .order_by("shift__offer__title", "shift__offer_id")
    )
    return [
        OfferRow(
            offer=row["shift__offer__title"],
            organisation=names.get(row["organisation_key"], ""),
            volunteers=row["volunteers"],
            shifts=row["shifts"],
            hours=row["hours"],
        )
        for row in rows
    ]
