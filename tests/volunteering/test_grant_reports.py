"""The grant report's figures (volunteering.reports), on factory data with fixed dates:
volunteers, shifts held, approved hours and event participants per organisation and in
total, planned against reached, and the queries not growing with the data."""

import datetime
from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from pages.factories import ConferencePageFactory, ProgrammePageFactory
from pages.models import ConferenceRegistration
from pages.schedule import WARSAW
from volunteering.factories import ShiftFactory, VolunteerFactory, VolunteerOfferPageFactory
from volunteering.hours import hours_totals
from volunteering.models import ShiftSignup, SignupStatus
from volunteering.reports import grant_report

pytestmark = pytest.mark.django_db

JUNE_1 = datetime.date(2026, 6, 1)
JUNE_30 = datetime.date(2026, 6, 30)


def at(day: int, hour: int, month: int = 6) -> datetime.datetime:
    return datetime.datetime(2026, month, day, hour, tzinfo=WARSAW)


def worked(volunteer, shift, hours, *, approved=True):
    return ShiftSignup.objects.create(
        shift=shift,
        volunteer=volunteer,
        status=SignupStatus.CONFIRMED,
        created_at=shift.start_at,
        status_changed_at=shift.start_at,
        hours=Decimal(hours),
        hours_approved_at=shift.end_at if approved else None,
    )


def registered(event, email):
    return ConferenceRegistration.objects.create(
        conference=event,
        name=email,
        email=email,
        language_code="pl",
        consent_given_at=event.start_at,
    )


@pytest.fixture
def programme(organisation):
    programme = ProgrammePageFactory(parent=organisation, title="Aktywni Mieszkańcy")
    programme.target_groups = [
        {
            "type": "target_group",
            "value": {"name": "Mieszkańcy", "planned_participants": 10, "description": ""},
        }
    ]
    programme.save()
    return programme


@pytest.fixture
def programme_work(programme, organisation, volunteer_index, other_volunteer_index):
    """A volunteer at two organisations within the programme, one on June's last evening;
    hours not yet approved; a shift just after the period; an event with two participants."""
    own_offer = VolunteerOfferPageFactory(parent=volunteer_index, programme=programme)
    partner_offer = VolunteerOfferPageFactory(parent=other_volunteer_index, programme=programme)
    outside_programme = VolunteerOfferPageFactory(parent=volunteer_index)
    volunteer = VolunteerFactory()
    worked(volunteer, ShiftFactory(offer=own_offer, start_at=at(1, 9)), "4")
    worked(volunteer, ShiftFactory(offer=partner_offer, start_at=at(30, 20)), "2.5")
    worked(
        VolunteerFactory(), ShiftFactory(offer=own_offer, start_at=at(2, 9)), "3", approved=False
    )
    worked(volunteer, ShiftFactory(offer=own_offer, start_at=at(1, 0, month=7)), "5")
    worked(VolunteerFactory(), ShiftFactory(offer=outside_programme, start_at=at(3, 9)), "6")
    event = ConferencePageFactory(parent=organisation, programme=programme, start_at=at(10, 9))
    registered(event, "a@example.org")
    registered(event, "b@example.org")
    later_event = ConferencePageFactory(
        parent=organisation, programme=programme, start_at=at(10, 9, month=7)
    )
    registered(later_event, "c@example.org")
    return {"volunteer": volunteer, "own_offer": own_offer, "partner_offer": partner_offer}


def test_a_programme_report_counts_each_organisation_and_a_volunteer_once_in_the_total(
    programme, programme_work, organisation, other_organisation
):
    report = grant_report(programme=programme, start_date=JUNE_1, end_date=JUNE_30)

    by_name = {row.organisation: row for row in report.rows}
    assert set(by_name) == {organisation.title, other_organisation.title}
    own, partner = by_name[organisation.title], by_name[other_organisation.title]
    assert (own.volunteers, own.shifts, own.hours, own.participants) == (1, 1, Decimal("4"), 2)
    assert (partner.volunteers, partner.shifts, partner.hours) == (1, 1, Decimal("2.5"))
    total = report.total
    assert (total.volunteers, total.shifts, total.hours, total.participants) == (
        1,
        2,
        Decimal("6.5"),
        2,
    )


def test_a_programme_with_a_plan_shows_planned_against_reached(programme, programme_work):
    report = grant_report(programme=programme, start_date=JUNE_1, end_date=JUNE_30)

    assert report.total.planned == 10
    assert report.total.reached == 3  # two participants and one volunteer
    assert report.reached_share == 30


def test_an_organisation_report_takes_all_its_offers_and_events(
    programme_work, organisation, other_organisation
):
    report = grant_report(organisation=organisation, start_date=JUNE_1, end_date=JUNE_30)

    assert [row.organisation for row in report.rows] == [organisation.title]
    assert report.total.volunteers == 2
    assert report.total.hours == Decimal("10")
    assert report.total.participants == 2
    assert report.total.planned is None
    assert len(report.offers) == 2


def test_a_reader_sees_only_the_organisations_they_may_see(
    programme, programme_work, organisation, other_organisation
):
    report = grant_report(
        programme=programme,
        start_date=JUNE_1,
        end_date=JUNE_30,
        visible_keys={other_organisation.translation_key},
    )

    assert [row.organisation for row in report.rows] == [other_organisation.title]
    assert report.total.hours == Decimal("2.5")
    assert report.total.participants == 0


def test_hours_total_per_programme_and_per_organisation(
    programme, programme_work, organisation, other_organisation
):
    period = {"start_date": JUNE_1, "end_date": JUNE_30}

    per_programme = hours_totals(by="programme", **period)
    per_organisation = hours_totals(by="organisation", **period)

    assert per_programme == {programme.translation_key: Decimal("6.5"), None: Decimal("6")}
    assert per_organisation == {
        organisation.translation_key: Decimal("10"),
        other_organisation.translation_key: Decimal("2.5"),
    }


def test_the_report_queries_do_not_grow_with_volunteers_and_shifts(
    programme, programme_work, volunteer_index
):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            grant_report(programme=programme, start_date=JUNE_1, end_date=JUNE_30)
        return len(captured.captured_queries)

    before = queries()
    offer = VolunteerOfferPageFactory(parent=volunteer_index, programme=programme)
    for day in range(2, 12):
        worked(VolunteerFactory(), ShiftFactory(offer=offer, start_at=at(day, 9)), "2")

    assert queries() == before
