"""The coordinator's check-in list: check in and out, approve and correct hours (logged),
and nothing of another organisation's shifts."""

from decimal import Decimal

from django.urls import reverse
from django.utils import timezone

from wagtail.models import ModelLogEntry

import pytest

from volunteering import shift_services
from volunteering.factories import ShiftFactory, VolunteerOfferPageFactory, accepted_volunteer
from volunteering.hours import approved_hours

pytestmark = pytest.mark.django_db


def test_the_coordinator_checks_a_volunteer_in_and_out_and_approves_corrected_hours(
    client, offer, editor_of, organisation
):
    shift = ShiftFactory(offer=offer)
    volunteer = accepted_volunteer(offer, name="Bożena Obecna")
    signup = shift_services.sign_up(volunteer=volunteer, shift=shift, now=timezone.now())
    client.force_login(editor_of(organisation, "koordynatorka"))
    url = reverse("volunteer_shifts:roster", args=[shift.pk])

    roster = client.get(url).content.decode()
    client.post(url, {"signup": signup.pk, "action": "check_in"})
    client.post(url, {"signup": signup.pk, "action": "check_out"})
    refused = client.post(url, {"signup": signup.pk, "action": "approve", "hours": "NaN"})
    client.post(url, {"signup": signup.pk, "action": "approve", "hours": "3,5"})

    assert "Bożena Obecna" in roster and "Zamelduj" in roster
    assert refused.status_code == 302
    signup.refresh_from_db()
    assert signup.checked_in_at and signup.checked_out_at
    assert approved_hours(volunteer=volunteer) == Decimal("3.5")
    actions = list(
        ModelLogEntry.objects.filter(object_id=str(signup.pk)).values_list("action", flat=True)
    )
    assert "volunteering.shift_hours_approved" in actions
    assert "volunteering.shift_check_in" in actions


def test_another_organisations_roster_is_not_found(
    client, other_volunteer_index, editor_of, organisation
):
    foreign = ShiftFactory(offer=VolunteerOfferPageFactory(parent=other_volunteer_index))
    client.force_login(editor_of(organisation, "redaktor-alfa"))

    response = client.get(reverse("volunteer_shifts:roster", args=[foreign.pk]))

    assert response.status_code == 404


def test_the_coordinator_messages_everyone_with_a_place_one_email_each(
    client, offer, editor_of, organisation, mailoutbox
):
    shift = ShiftFactory(offer=offer, capacity=2)
    placed = [accepted_volunteer(offer) for _ in range(2)]
    waiting = accepted_volunteer(offer)
    for volunteer in [*placed, waiting]:
        shift_services.sign_up(volunteer=volunteer, shift=shift, now=timezone.now())
    client.force_login(editor_of(organisation, "koordynatorka"))

    client.post(
        reverse("volunteer_shifts:roster", args=[shift.pk]),
        {"action": "message", "subject": "Zmiana sali", "body": "Spotykamy się w sali 2."},
    )

    assert sorted(m.to[0] for m in mailoutbox) == sorted(v.email for v in placed)
    assert all("Spotykamy się w sali 2." in m.body for m in mailoutbox)
    assert mailoutbox[0].extra_headers["Reply-To"] == "koordynatorka@example.org"
