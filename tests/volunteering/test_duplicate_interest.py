"""A second interest in the same offer is refused kindly, with the date of the first, and
adds no row and no e-mail, also when both arrive at the same moment."""

import threading

from django.db import connection, transaction
from django.utils import timezone

import pytest

from volunteering.factories import VolunteerFactory
from volunteering.models import Interest
from volunteering.services import InterestRefused, express_interest


@pytest.mark.django_db
def test_a_second_interest_names_the_date_of_the_first_and_sends_nothing(offer, mailoutbox):
    volunteer = VolunteerFactory()
    express_interest(volunteer=volunteer, offer=offer, message="Pierwsze", now=timezone.now())
    sent = len(mailoutbox)

    with pytest.raises(InterestRefused) as refused:
        express_interest(volunteer=volunteer, offer=offer, message="Drugie", now=timezone.now())

    assert "Twoje zgłoszenie już do nas dotarło" in str(refused.value)
    assert str(timezone.localdate().year) in str(refused.value)
    assert Interest.objects.count() == 1
    assert len(mailoutbox) == sent


@pytest.mark.django_db(transaction=True)
def test_two_interests_sent_at_the_same_moment_leave_one_row(offer):
    assert connection.vendor == "postgresql"
    volunteer = VolunteerFactory()
    first_inserted, second_started = threading.Event(), threading.Event()
    outcomes = {}

    def first():
        try:
            with transaction.atomic():
                express_interest(volunteer=volunteer, offer=offer, now=timezone.now())
                first_inserted.set()
                second_started.wait(10)
                # The second request now checks, finds nothing committed, and inserts: its
                # insert waits on this transaction's row in the unique index.
                threading.Event().wait(0.5)
            outcomes["first"] = "accepted"
        finally:
            connection.close()

    def second():
        try:
            first_inserted.wait(10)
            second_started.set()
            try:
                express_interest(volunteer=volunteer, offer=offer, now=timezone.now())
                outcomes["second"] = "accepted"
            except InterestRefused as refusal:
                outcomes["second"] = str(refusal)
        finally:
            connection.close()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)

    assert outcomes["first"] == "accepted"
    assert outcomes["second"].startswith("Twoje zgłoszenie już do nas dotarło")
    assert Interest.objects.count() == 1
