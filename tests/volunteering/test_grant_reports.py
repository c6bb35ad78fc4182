"""The grant report's figures (volunteering.reports), on factory data with fixed dates:
volunteers, shifts held, approved hours and event participants per organisation and in
total, planned against reached, and the queries not growing with the data."""

import datetime
from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from pages.schedule import WARSAW
from volunteering.factories import (
    ShiftFactory,
    VolunteerFactory,
    VolunteerOfferPageFactory,
    worked_signup,
)
from volunteering.hours import hours_totals
from volunteering.reports import grant_report

pytestmark = pytest.mark.django_db

JUNE_1 = datetime.date(2026, 6, 1)
JUNE_30 = datetime.date(2026, 6, 30)


def test_a_programme_report_counts_a_volunteer_once_in_the_total_and_shows_the_plan(
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
    assert total.planned == 10
    assert total.reached == 3  # two participants and one volunteer
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
        worked_signup(
            VolunteerFactory(),
            ShiftFactory(offer=offer, start_at=datetime.datetime(2026, 6, day, 9, tzinfo=WARSAW)),
            "2",
        )

    assert queries() == before
