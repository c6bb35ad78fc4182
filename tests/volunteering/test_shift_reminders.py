"""Reminders go through the task queue, once each, only to volunteers with a place."""

import datetime

import pytest

from tests.search.conftest import run_tasks
from volunteering import shift_services
from volunteering.factories import ShiftFactory, accepted_volunteer
from volunteering.shift_reminders import queue_reminders

pytestmark = pytest.mark.django_db


def test_a_reminder_is_queued_once_and_sent_once_to_the_volunteer_with_a_place(offer, mailoutbox):
    shift = ShiftFactory(offer=offer, capacity=1)
    placed, waiting = accepted_volunteer(offer), accepted_volunteer(offer)
    signed_at = shift.start_at - datetime.timedelta(days=5)
    shift_services.sign_up(volunteer=placed, shift=shift, now=signed_at)
    shift_services.sign_up(volunteer=waiting, shift=shift, now=signed_at)
    now = shift.start_at - datetime.timedelta(hours=47)

    first = queue_reminders(now=now)
    second = queue_reminders(now=now + datetime.timedelta(minutes=15))
    run_tasks()

    assert (first, second) == (1, 0)
    (message,) = mailoutbox
    assert message.to == [placed.email]
    assert message.subject.startswith("Przypomnienie")
