"""The approved-hours selector the certificates use: only approved hours, per offer,
organisation and period."""

import datetime
from decimal import Decimal

from django.utils import timezone

import pytest

from volunteering.attendance import AttendanceRefused, enter_own_hours
from volunteering.factories import ShiftFactory, VolunteerFactory, VolunteerOfferPageFactory
from volunteering.hours import approved_hours, hours_totals
from volunteering.models import ShiftSignup, SignupStatus

pytestmark = pytest.mark.django_db


def worked(volunteer, shift, hours, *, approved=True):
    now = timezone.now()
    return ShiftSignup.objects.create(
        shift=shift,
        volunteer=volunteer,
        status=SignupStatus.CONFIRMED,
        created_at=now,
        status_changed_at=now,
        hours=Decimal(hours),
        hours_approved_at=now if approved else None,
    )


def test_approved_hours_add_up_per_offer_organisation_and_period(
    offer, volunteer_index, other_volunteer_index, organisation
):
    volunteer = VolunteerFactory()
    june = timezone.make_aware(datetime.datetime(2026, 6, 6, 9))
    july = timezone.make_aware(datetime.datetime(2026, 7, 4, 9))
    second_offer = VolunteerOfferPageFactory(parent=volunteer_index)
    foreign_offer = VolunteerOfferPageFactory(parent=other_volunteer_index)
    worked(volunteer, ShiftFactory(offer=offer, start_at=june), "4")
    worked(volunteer, ShiftFactory(offer=offer, start_at=july), "2.5")
    worked(volunteer, ShiftFactory(offer=second_offer, start_at=june), "3")
    worked(volunteer, ShiftFactory(offer=foreign_offer, start_at=june), "1")
    worked(volunteer, ShiftFactory(offer=offer, start_at=june), "8", approved=False)
    worked(VolunteerFactory(), ShiftFactory(offer=offer, start_at=june), "5")

    assert approved_hours(volunteer=volunteer) == Decimal("10.5")
    assert approved_hours(volunteer=volunteer, offer=offer) == Decimal("6.5")
    assert approved_hours(volunteer=volunteer, organisation=organisation) == Decimal("9.5")
    assert approved_hours(
        volunteer=volunteer,
        start_date=datetime.date(2026, 6, 6),
        end_date=datetime.date(2026, 6, 30),
    ) == Decimal("8")
    assert approved_hours(volunteer=VolunteerFactory()) == Decimal("0")


def test_totals_per_volunteer_count_only_approved_hours(offer):
    anna, jan = VolunteerFactory(), VolunteerFactory()
    shift = ShiftFactory(offer=offer)
    worked(anna, shift, "4")
    worked(jan, shift, "2")
    worked(jan, ShiftFactory(offer=offer), "9", approved=False)

    totals = hours_totals(by="volunteer", offer=offer)

    assert totals == {anna.pk: Decimal("4"), jan.pk: Decimal("2")}


def test_a_volunteer_enters_hours_after_the_shift_and_not_once_approved(offer):
    volunteer = VolunteerFactory()
    shift = ShiftFactory(offer=offer)
    signup = worked(volunteer, shift, "1", approved=False)

    with pytest.raises(AttendanceRefused):
        enter_own_hours(
            volunteer=volunteer, signup_id=signup.pk, hours=Decimal("3"), now=shift.start_at
        )
    enter_own_hours(volunteer=volunteer, signup_id=signup.pk, hours=Decimal("3"), now=shift.end_at)
    signup.refresh_from_db()
    signup.hours_approved_at = shift.end_at
    signup.save()

    assert signup.hours == Decimal("3")
    with pytest.raises(AttendanceRefused):
        enter_own_hours(
            volunteer=volunteer, signup_id=signup.pk, hours=Decimal("8"), now=shift.end_at
        )
