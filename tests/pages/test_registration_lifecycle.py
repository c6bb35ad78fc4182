"""An event registration after the form: the cancel link, the waiting list and its promotion."""

import datetime
import re

from django.core import mail
from django.utils import timezone

import pytest
from django_tasks_db.models import DBTaskResult

from pages.factories import ConferencePageFactory, ConferenceRegistrationFactory
from pages.models import ConferencePage, ConferenceRegistration, RegistrationStatus
from pages.notifications import cancel_url
from pages.services import register_for_conference
from pages.signal_handlers import conference_published
from pages.tasks import fill_event_waitlist
from tests.search.conftest import run_tasks

pytestmark = pytest.mark.django_db


@pytest.fixture
def conference(organisation):
    return ConferencePageFactory(parent=organisation, title="Miejsca Otwarte", with_form=True)


def book(conference, email, *, language_code="pl"):
    register_for_conference(
        conference=conference,
        name="Anna Żółkiewska",
        email=email,
        organisation_name="",
        access_needs="",
        language_code=language_code,
        now=timezone.now(),
    )
    return ConferenceRegistration.objects.get(email=email)


def path_of(url: str) -> str:
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


def link_in_for(registration) -> str:
    return path_of(cancel_url(registration))


def link_in(message) -> str:
    (url,) = re.findall(r"https?://\S+/anuluj/[\w-]+/", message.body)
    return path_of(url)


def test_the_confirmation_e_mail_carries_a_cancel_link_that_asks_before_cancelling(
    client, conference, settings
):
    settings.EDGE_CACHE_SECONDS = 300
    registration = book(conference, "anna@example.org")

    path = link_in(mail.outbox[0])
    page = client.get(path)

    assert page.status_code == 200
    assert "private" in page["Cache-Control"]  # a person's details: never kept at the edge
    html = page.content.decode()
    assert "Anuluj moją rejestrację" in html and "Anna Żółkiewska" in html
    assert registration.cancel_token in path
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED


def test_cancelling_keeps_the_registration_and_gives_its_place_to_the_first_one_waiting(
    client, conference, django_capture_on_commit_callbacks
):
    first = book(conference, "a@example.org")
    book(conference, "b@example.org")
    waiting = book(conference, "c@example.org")
    book(conference, "d@example.org")
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(link_in_for(first))
    run_tasks()

    assert response.status_code == 303
    assert "Rejestracja anulowana" in client.get(response["Location"]).content.decode()
    first.refresh_from_db()
    waiting.refresh_from_db()
    assert first.status == RegistrationStatus.CANCELLED and first.cancelled_at is not None
    assert first.consent_given_at is not None and first.consent_text_version
    assert waiting.status == RegistrationStatus.CONFIRMED and waiting.promoted_at is not None
    (promoted,) = [message for message in mail.outbox if message.to == ["c@example.org"]]
    assert "Miejsce dla Ciebie" in promoted.subject
    last = ConferenceRegistration.objects.get(email="d@example.org")
    assert last.waitlist_position() == 1


def test_the_waiting_list_page_says_the_registrants_position(client, conference):
    book(conference, "a@example.org")
    book(conference, "b@example.org")
    waiting = book(conference, "c@example.org")

    html = client.get(link_in_for(waiting)).content.decode()

    assert "liście rezerwowej, numer 1" in html
    assert "Wypisz mnie z listy rezerwowej" in html


def test_a_cancelled_link_answers_410_and_a_forged_or_foreign_one_404(
    client, conference, organisation
):
    registration = book(conference, "anna@example.org")
    other = ConferencePageFactory(parent=organisation, with_form=True)
    path = link_in_for(registration)
    client.post(path)

    again = client.post(path)
    forged = client.get(
        conference.url + "rejestracja/anuluj/" + registration.cancel_token[:-2] + "xx/"
    )
    foreign = client.get(other.url + "rejestracja/anuluj/" + registration.cancel_token + "/")

    assert again.status_code == 410 and "już anulowana" in again.content.decode()
    assert forged.status_code == 404 and "Nie znamy tego linku" in forged.content.decode()
    assert foreign.status_code == 404
    assert ConferenceRegistration.objects.get().status == RegistrationStatus.CANCELLED


def test_a_registration_cannot_be_cancelled_by_its_link_once_the_event_has_started(
    client, organisation
):
    started = ConferencePageFactory(
        parent=organisation,
        with_form=True,
        start_at=timezone.now() - datetime.timedelta(hours=1),
        registration_closes_at=timezone.now() - datetime.timedelta(hours=2),
    )
    registration = ConferenceRegistrationFactory(conference=started)

    response = client.post(link_in_for(registration))

    assert response.status_code == 409
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED


def test_an_english_registrant_gets_the_cancel_link_under_en(client, conference, in_english):
    english = in_english(conference)

    registration = book(english, "jan@example.org", language_code="en")
    path = link_in_for(registration)

    assert path.startswith("/en/") and "/register/cancel/" in path
    assert "Cancel my registration" in client.get(path).content.decode()


def test_raising_the_places_moves_the_waiting_list_up_by_the_worker(
    conference, django_capture_on_commit_callbacks
):
    book(conference, "a@example.org")
    book(conference, "b@example.org")
    waiting = book(conference, "c@example.org")
    mail.outbox.clear()

    # Saved without signals: a page save queues search syncs, which this test need not run.
    ConferencePage.objects.filter(pk=conference.pk).update(capacity=3)
    with django_capture_on_commit_callbacks(execute=True):
        # The receiver of page_published alone: the other receivers (search, edge) are slow.
        conference_published(sender=ConferencePage, instance=conference)
    (queued,) = DBTaskResult.objects.filter(task_path=fill_event_waitlist.module_path)
    with django_capture_on_commit_callbacks(execute=True):
        # What the worker runs, here in the test's transaction so the e-mail gets queued.
        fill_event_waitlist.call(*queued.args_kwargs["args"])
    run_tasks()

    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.CONFIRMED
    assert [message.to for message in mail.outbox] == [["c@example.org"]]


def test_a_cancelled_address_may_register_again(conference):
    registration = book(conference, "anna@example.org")
    ConferenceRegistration.objects.filter(pk=registration.pk).update(
        status=RegistrationStatus.CANCELLED
    )

    again = register_for_conference(
        conference=conference,
        name="Anna Żółkiewska",
        email="ANNA@example.org",
        organisation_name="",
        access_needs="",
        language_code="pl",
        now=timezone.now(),
    )

    assert again == "registered"
    assert ConferenceRegistration.objects.count() == 2


def test_cancelling_by_the_link_is_confirmed_by_one_e_mail_through_the_task_queue(
    client, conference, django_capture_on_commit_callbacks
):
    registration = book(conference, "anna@example.org")
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(link_in_for(registration))
    assert mail.outbox == []  # queued for the worker, not sent in the request
    with django_capture_on_commit_callbacks(execute=True):
        again = client.post(link_in_for(registration))
    run_tasks()

    assert again.status_code == 410
    (message,) = mail.outbox
    assert message.to == ["anna@example.org"]
    assert "Rejestracja anulowana: Miejsca Otwarte" in message.subject
    assert "Twoja rejestracja na „Miejsca Otwarte” została anulowana" in message.body


def test_leaving_the_waiting_list_is_confirmed_in_the_registrant_s_language(
    client, conference, in_english, django_capture_on_commit_callbacks
):
    english = in_english(conference)
    book(english, "a@example.org", language_code="en")
    book(english, "b@example.org", language_code="en")
    waiting = book(english, "jan@example.org", language_code="en")
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(link_in_for(waiting))
    run_tasks()

    (message,) = mail.outbox
    assert message.to == ["jan@example.org"]
    assert message.subject == "Registration cancelled: Miejsca Otwarte"
    assert "You have left the waiting list" in message.body
