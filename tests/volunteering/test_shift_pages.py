"""The volunteer's side of shifts over HTTP: sign up on the offer's shifts route, "my shifts"
with cancelling, one shift's .ics and the personal feed; the coordinators' admin, scoped."""

import datetime
from decimal import Decimal

from django.urls import reverse
from django.utils import timezone

import icalendar
import pytest

from volunteering import shift_services
from volunteering.factories import (
    ShiftFactory,
    VolunteerFactory,
    VolunteerOfferPageFactory,
    accepted_volunteer,
)
from volunteering.models import ShiftCalendar, ShiftSignup, SignupStatus

from .test_interest import sign_in

pytestmark = pytest.mark.django_db


def shifts_url(offer) -> str:
    return offer.url + "dyzury/"


def test_an_accepted_volunteer_signs_up_from_the_offers_shifts_route(client, offer):
    shift = ShiftFactory(offer=offer, capacity=1, role="Rejestracja gości")
    volunteer = accepted_volunteer(offer)
    sign_in(client, volunteer)

    listing = client.get(shifts_url(offer)).content.decode()
    response = client.post(shifts_url(offer), {"shift": shift.pk})
    after = client.get(response["Location"]).content.decode()

    assert "Rejestracja gości" in listing and "Zapisz się" in listing
    assert response.status_code == 303
    assert ShiftSignup.objects.get(volunteer=volunteer).status == SignupStatus.CONFIRMED
    assert "Zapisano Cię na dyżur." in after


def test_a_volunteer_not_yet_accepted_is_told_why_and_nothing_is_saved(client, offer):
    shift = ShiftFactory(offer=offer)
    sign_in(client, VolunteerFactory())

    response = client.post(shifts_url(offer), {"shift": shift.pk})

    assert response.status_code == 409
    assert "zaakceptuje" in response.content.decode()
    assert not ShiftSignup.objects.exists()


def test_a_shift_of_another_offer_cannot_be_taken_through_this_offers_route(
    client, offer, volunteer_index
):
    elsewhere = ShiftFactory(offer=VolunteerOfferPageFactory(parent=volunteer_index))
    sign_in(client, accepted_volunteer(offer))

    response = client.post(shifts_url(offer), {"shift": elsewhere.pk})

    assert response.status_code == 400
    assert not ShiftSignup.objects.exists()


def test_my_shifts_lists_the_place_with_its_ics_and_cancels_it(client, offer):
    shift = ShiftFactory(offer=offer)
    volunteer = accepted_volunteer(offer)
    signup = shift_services.sign_up(volunteer=volunteer, shift=shift, now=timezone.now())
    sign_in(client, volunteer)

    page = client.get(reverse("volunteering:my_shifts")).content.decode()
    ics = client.get(reverse("volunteering:shift_ics", args=[signup.pk]))
    cancelled = client.post(reverse("volunteering:cancel_shift", args=[signup.pk]))

    assert offer.title in page and "Odwołaj moje miejsce" in page
    (event,) = icalendar.Calendar.from_ical(ics.content).walk("VEVENT")
    assert event.decoded("dtstart") == shift.start_at
    assert str(event["summary"]) == offer.title
    assert cancelled.status_code == 302
    signup.refresh_from_db()
    assert signup.status == SignupStatus.CANCELLED


def test_another_volunteers_ics_is_not_found(client, offer):
    shift = ShiftFactory(offer=offer)
    signup = shift_services.sign_up(
        volunteer=accepted_volunteer(offer), shift=shift, now=timezone.now()
    )
    sign_in(client, VolunteerFactory())

    response = client.get(reverse("volunteering:shift_ics", args=[signup.pk]))

    assert response.status_code == 404


def test_the_personal_feed_at_its_secret_address_holds_the_volunteers_places_only(client, offer):
    volunteer = accepted_volunteer(offer)
    mine, waiting_for = ShiftFactory(offer=offer), ShiftFactory(offer=offer, capacity=1)
    shift_services.sign_up(volunteer=volunteer, shift=mine, now=timezone.now())
    shift_services.sign_up(
        volunteer=accepted_volunteer(offer), shift=waiting_for, now=timezone.now()
    )
    shift_services.sign_up(volunteer=volunteer, shift=waiting_for, now=timezone.now())
    token = ShiftCalendar.objects.create(volunteer=volunteer).token

    feed = client.get(reverse("volunteering:shift_feed", args=[token]))
    wrong = client.get(reverse("volunteering:shift_feed", args=["x" + token]))

    events = icalendar.Calendar.from_ical(feed.content).walk("VEVENT")
    assert [e.decoded("dtstart") for e in events] == [mine.start_at]
    assert wrong.status_code == 404


def test_an_editor_sees_and_edits_only_their_own_organisations_shifts(
    client, offer, other_volunteer_index, editor_of, organisation
):
    own = ShiftFactory(offer=offer, role="Nasza zmiana")
    foreign = ShiftFactory(
        offer=VolunteerOfferPageFactory(parent=other_volunteer_index), role="Obca zmiana"
    )
    client.force_login(editor_of(organisation, "koordynatorka"))

    index = client.get(reverse("volunteer_shifts:index")).content.decode()
    edit_foreign = client.get(reverse("volunteer_shifts:edit", args=[foreign.pk]))
    add_form = client.get(reverse("volunteer_shift_series:add")).content.decode()

    assert "Nasza zmiana" in index and "Obca zmiana" not in index
    assert edit_foreign.status_code in (302, 403, 404)
    assert offer.title in add_form and foreign.offer.title not in add_form
    assert own.pk


def test_a_volunteer_enters_their_hours_for_a_past_shift_from_my_shifts(client, offer):
    volunteer = accepted_volunteer(offer)
    ended = timezone.now() - datetime.timedelta(days=1)
    shift = ShiftFactory(offer=offer, start_at=ended - datetime.timedelta(hours=4), end_at=ended)
    signup = ShiftSignup.objects.create(
        shift=shift,
        volunteer=volunteer,
        status=SignupStatus.CONFIRMED,
        created_at=ended,
        status_changed_at=ended,
    )
    sign_in(client, volunteer)

    page = client.get(reverse("volunteering:my_shifts")).content.decode()
    client.post(reverse("volunteering:shift_hours", args=[signup.pk]), {"hours": "3,5"})
    refused = client.post(reverse("volunteering:shift_hours", args=[signup.pk]), {"hours": "NaN"})

    assert "Przepracowane godziny" in page
    signup.refresh_from_db()
    assert signup.hours == Decimal("3.5") and signup.hours_approved_at is None
    assert refused.status_code == 302
