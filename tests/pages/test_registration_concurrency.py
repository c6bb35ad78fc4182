"""A cancellation and a new registration at the same moment, in two real transactions on
PostgreSQL: the freed place goes to the first one waiting, and the newcomer, who waits for
the cancellation to commit, joins the waiting list behind them."""

import threading

from django.db import connection, connections, transaction
from django.utils import timezone

import pytest

from pages.factories import ConferencePageFactory, ConferenceRegistrationFactory
from pages.models import ConferenceRegistration, RegistrationStatus
from pages.registrations import cancel_registration
from pages.services import register_for_conference

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_place_freed_while_someone_registers_goes_to_the_first_one_waiting(organisation):
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL")
    conference = ConferencePageFactory(parent=organisation, with_form=True, capacity=1)
    leaving = ConferenceRegistrationFactory(conference=conference)
    waiting = ConferenceRegistrationFactory(conference=conference, waitlisted=True)
    outcome = {}

    def newcomer_registers():
        try:
            outcome["newcomer"] = register_for_conference(
                conference=conference,
                name="Nowa Osoba",
                email="nowa@example.org",
                organisation_name="",
                access_needs="",
                language_code="pl",
                now=timezone.now(),
            )
        finally:
            connections.close_all()

    with transaction.atomic():
        cancel_registration(registration=leaving, now=timezone.now())
        rival = threading.Thread(target=newcomer_registers)
        rival.start()
        rival.join(timeout=1)
        blocked_while_cancelling = rival.is_alive()
    rival.join(timeout=10)

    assert blocked_while_cancelling
    assert outcome == {"newcomer": "waitlisted"}
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.CONFIRMED
    confirmed = ConferenceRegistration.objects.filter(status=RegistrationStatus.CONFIRMED)
    assert list(confirmed) == [waiting]
