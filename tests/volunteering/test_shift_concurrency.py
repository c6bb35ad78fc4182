"""Two volunteers taking the last place of a shift at once, in two real transactions on
PostgreSQL: the second waits for the first to commit and joins the waiting list."""

import threading

from django.db import connection, connections, transaction
from django.utils import timezone

import pytest

from volunteering import shift_services
from volunteering.factories import ShiftFactory, accepted_volunteer
from volunteering.models import ShiftSignup, SignupStatus

pytestmark = pytest.mark.django_db(transaction=True)


def test_two_volunteers_taking_the_last_place_at_once_do_not_both_get_it(offer):
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL")
    shift = ShiftFactory(offer=offer, capacity=1)
    first, second = accepted_volunteer(offer), accepted_volunteer(offer)
    outcome = {}

    def second_takes_the_place():
        try:
            outcome["second"] = shift_services.sign_up(
                volunteer=second, shift=shift, now=timezone.now()
            ).status
        finally:
            connections.close_all()

    with transaction.atomic():
        outcome["first"] = shift_services.sign_up(
            volunteer=first, shift=shift, now=timezone.now()
        ).status
        rival = threading.Thread(target=second_takes_the_place)
        rival.start()
        rival.join(timeout=1)
        blocked_while_first_is_open = rival.is_alive()
    rival.join(timeout=10)

    assert blocked_while_first_is_open
    assert outcome == {"first": SignupStatus.CONFIRMED, "second": SignupStatus.WAITING}
    assert ShiftSignup.objects.filter(status=SignupStatus.CONFIRMED).count() == 1
