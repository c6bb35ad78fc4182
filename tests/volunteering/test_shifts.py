"""Shifts of an offer: a weekly series generates them, accepted volunteers sign up, a full
shift takes a waiting list, a cancellation promotes the first one waiting, who is e-mailed."""

import datetime

from django.utils import timezone

import pytest

from pages.schedule import WARSAW
from volunteering import shift_services
from volunteering.factories import ShiftFactory, VolunteerFactory, accepted_volunteer
from volunteering.models import ShiftSeries, ShiftSignup, SignupStatus

pytestmark = pytest.mark.django_db


def series_for(offer, **kwargs) -> ShiftSeries:
    fields = {
        "offer": offer,
        "weekday": 2,
        "start_time": datetime.time(10),
        "end_time": datetime.time(12),
        "first_date": datetime.date(2026, 6, 1),
        "last_date": datetime.date(2026, 6, 30),
        "capacity": 3,
        **kwargs,
    }
    return ShiftSeries.objects.create(**fields)


NOW = datetime.datetime(2026, 5, 20, 12, tzinfo=WARSAW)


def test_a_series_generates_its_shifts_once_and_drops_a_new_exception(offer):
    series = series_for(offer)

    made = shift_services.generate_series(series=series, now=NOW)
    again = shift_services.generate_series(series=series, now=NOW)
    series.skipped_dates = "2026-06-10"
    shift_services.generate_series(series=series, now=NOW)

    assert (made, again) == (4, 0)
    starts = [s.start_at.astimezone(WARSAW) for s in series.shifts.order_by("start_at")]
    assert [s.day for s in starts] == [3, 17, 24]  # 10 June skipped
    assert all(s.hour == 10 for s in starts)


def test_an_exception_keeps_a_shift_someone_is_signed_up_for(offer):
    series = series_for(offer)
    shift_services.generate_series(series=series, now=NOW)
    shift = series.shifts.order_by("start_at").first()
    volunteer = accepted_volunteer(offer)
    shift_services.sign_up(volunteer=volunteer, shift=shift, now=NOW)

    series.skipped_dates = shift.start_at.astimezone(WARSAW).date().isoformat()
    shift_services.generate_series(series=series, now=NOW)

    assert series.shifts.filter(pk=shift.pk).exists()


def test_a_volunteer_whose_interest_was_not_accepted_cannot_sign_up(offer):
    shift = ShiftFactory(offer=offer)

    with pytest.raises(shift_services.SignupRefused, match="zaakceptuje"):
        shift_services.sign_up(volunteer=VolunteerFactory(), shift=shift, now=timezone.now())


def test_a_full_shift_puts_the_next_volunteer_on_the_waiting_list(offer):
    shift = ShiftFactory(offer=offer, capacity=1)
    first, second = accepted_volunteer(offer), accepted_volunteer(offer)

    taken = shift_services.sign_up(volunteer=first, shift=shift, now=timezone.now())
    waiting = shift_services.sign_up(volunteer=second, shift=shift, now=timezone.now())

    assert (taken.status, waiting.status) == (SignupStatus.CONFIRMED, SignupStatus.WAITING)


def test_a_volunteer_cannot_sign_up_twice_for_one_shift(offer):
    shift = ShiftFactory(offer=offer)
    volunteer = accepted_volunteer(offer)
    shift_services.sign_up(volunteer=volunteer, shift=shift, now=timezone.now())

    with pytest.raises(shift_services.SignupRefused):
        shift_services.sign_up(volunteer=volunteer, shift=shift, now=timezone.now())


def test_a_cancellation_promotes_the_first_volunteer_waiting_and_emails_them(offer, mailoutbox):
    shift = ShiftFactory(offer=offer, capacity=1)
    first, second, third = (accepted_volunteer(offer) for _ in range(3))
    now = timezone.now()
    place = shift_services.sign_up(volunteer=first, shift=shift, now=now)
    shift_services.sign_up(volunteer=second, shift=shift, now=now + datetime.timedelta(seconds=1))
    shift_services.sign_up(volunteer=third, shift=shift, now=now + datetime.timedelta(seconds=2))

    shift_services.cancel(volunteer=first, signup_id=place.pk, now=now)

    statuses = dict(ShiftSignup.objects.values_list("volunteer_id", "status"))
    assert statuses == {
        first.pk: SignupStatus.CANCELLED,
        second.pk: SignupStatus.CONFIRMED,
        third.pk: SignupStatus.WAITING,
    }
    (message,) = mailoutbox
    assert message.to == [second.email]
    assert offer.title in message.subject
    assert "/wolontariusz/profil/dyzury/" in message.body


def test_a_volunteer_cannot_cancel_their_place_after_the_cut_off(offer, settings):
    settings.SIEC_SHIFT_CANCEL_CUTOFF_HOURS = 24
    shift = ShiftFactory(offer=offer)
    volunteer = accepted_volunteer(offer)
    place = shift_services.sign_up(volunteer=volunteer, shift=shift, now=timezone.now())

    with pytest.raises(shift_services.SignupRefused, match="za późno"):
        shift_services.cancel(
            volunteer=volunteer,
            signup_id=place.pk,
            now=shift.start_at - datetime.timedelta(hours=23),
        )


def test_another_volunteer_cannot_cancel_someone_elses_place(offer):
    shift = ShiftFactory(offer=offer)
    place = shift_services.sign_up(
        volunteer=accepted_volunteer(offer), shift=shift, now=timezone.now()
    )

    with pytest.raises(shift_services.SignupRefused):
        shift_services.cancel(volunteer=VolunteerFactory(), signup_id=place.pk, now=timezone.now())


def test_more_places_on_a_shift_go_to_the_waiting_list_at_once(offer, mailoutbox):
    shift = ShiftFactory(offer=offer, capacity=1)
    shift_services.sign_up(volunteer=accepted_volunteer(offer), shift=shift, now=timezone.now())
    waiting = shift_services.sign_up(
        volunteer=accepted_volunteer(offer), shift=shift, now=timezone.now()
    )

    shift.capacity = 2
    shift.save()
    shift_services.fill_from_waiting_list(shift=shift, now=timezone.now())

    waiting.refresh_from_db()
    assert waiting.status == SignupStatus.CONFIRMED
    assert len(mailoutbox) == 1


def test_a_placement_of_over_30_days_needs_the_signed_agreement_before_a_shift(offer):
    offer.start_date, offer.end_date = datetime.date(2026, 6, 1), datetime.date(2026, 8, 31)
    offer.save()
    shift = ShiftFactory(offer=offer)
    unsigned = accepted_volunteer(offer, agreement=False)

    with pytest.raises(shift_services.SignupRefused, match="30 dni"):
        shift_services.sign_up(volunteer=unsigned, shift=shift, now=timezone.now())
    signed = shift_services.sign_up(
        volunteer=accepted_volunteer(offer), shift=shift, now=timezone.now()
    )

    assert signed.status == SignupStatus.CONFIRMED


def test_a_placement_of_up_to_30_days_takes_shifts_without_an_agreement(offer):
    today = timezone.localdate()
    offer.start_date, offer.end_date = today, today + datetime.timedelta(days=29)
    offer.save()
    shift = ShiftFactory(offer=offer)

    signup = shift_services.sign_up(
        volunteer=accepted_volunteer(offer, agreement=False), shift=shift, now=timezone.now()
    )

    assert signup.status == SignupStatus.CONFIRMED
