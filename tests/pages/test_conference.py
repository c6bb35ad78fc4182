import datetime
import json
import re

from django.core import mail
from django.utils import timezone

import pytest

from pages.factories import ConferencePageFactory
from pages.models import ConferenceRegistration, RegistrationStatus
from pages.services import register_for_conference
from tests.form_assertions import assert_confirms, assert_explains_errors
from tests.search.conftest import run_tasks

pytestmark = pytest.mark.django_db


@pytest.fixture
def conference(organisation):
    return ConferencePageFactory(parent=organisation, title="Miejsca Otwarte", with_form=True)


def register(client, conference, **data):
    form = {"name": "Anna Żółkiewska", "email": "anna@example.org", "consent": "on"} | data
    return client.post(conference.url + "rejestracja/", form)


def json_ld_blocks(html: str) -> list[dict]:
    return [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


def test_a_visitor_registers_and_gets_a_confirmation(client, conference):
    response = register(client, conference)
    run_tasks()

    assert response.status_code == 303
    registration = ConferenceRegistration.objects.get()
    assert registration.name == "Anna Żółkiewska"
    assert registration.consent_given_at is not None
    assert mail.outbox[0].to == ["anna@example.org"]
    assert "Miejsca Otwarte" in mail.outbox[0].subject


def test_a_registered_address_gets_the_usual_answer_and_its_registration_by_mail(
    client, conference
):
    first = register(client, conference, organisation_name="Fundacja Alfa")
    run_tasks()
    mail.outbox.clear()

    again = register(client, conference, email="ANNA@example.org", name="Ktoś Inny")
    run_tasks()

    assert again.status_code == first.status_code == 303
    assert again["Location"] == first["Location"]
    page = client.get(again["Location"]).content.decode()
    assert "jest już zarejestrowany" not in page
    assert "Wysyłamy wiadomość o rejestracji na adres ANNA@example.org" in page
    assert ConferenceRegistration.objects.count() == 1
    (message,) = mail.outbox
    assert message.to == ["anna@example.org"]
    assert "Anna Żółkiewska" in message.body and "Fundacja Alfa" in message.body
    assert "Ktoś Inny" not in message.body


def test_the_form_never_says_an_address_is_registered_even_without_consent(client, conference):
    register(client, conference)

    response = register(client, conference, consent="")

    assert response.status_code == 400
    assert "jest już zarejestrowany" not in response.content.decode()


def test_once_all_places_are_taken_a_registration_joins_the_waiting_list(client, conference):
    register(client, conference, email="a@example.org")
    register(client, conference, email="b@example.org")
    run_tasks()

    form = client.get(conference.url + "rejestracja/").content.decode()
    response = register(client, conference, email="c@example.org")
    run_tasks()

    assert "Zapisz się na listę rezerwową" in form
    assert response.status_code == 303
    waiting = ConferenceRegistration.objects.get(email="c@example.org")
    assert waiting.status == RegistrationStatus.WAITLISTED
    (message,) = [message for message in mail.outbox if message.to == ["c@example.org"]]
    assert "Lista rezerwowa" in message.subject and "numer 1" in message.body
    assert "Wszystkie miejsca są zajęte" in client.get(conference.url).content.decode()


def test_forms_sent_at_once_past_the_places_wait_in_the_order_they_were_sent(client, conference):
    answers = [register(client, conference, email=f"{n}@example.org") for n in "abcd"]

    run_tasks()

    assert [answer.status_code for answer in answers] == [303, 303, 303, 303]
    statuses = dict(ConferenceRegistration.objects.values_list("email", "status"))
    assert statuses == {
        "a@example.org": RegistrationStatus.CONFIRMED,
        "b@example.org": RegistrationStatus.CONFIRMED,
        "c@example.org": RegistrationStatus.WAITLISTED,
        "d@example.org": RegistrationStatus.WAITLISTED,
    }
    (fourth,) = [message for message in mail.outbox if message.to == ["d@example.org"]]
    assert "numer 2" in fourth.body


def test_registration_after_the_closing_date_is_refused_with_a_message(client, organisation):
    closed = ConferencePageFactory(
        parent=organisation,
        with_form=True,
        registration_closes_at=timezone.now() - datetime.timedelta(hours=1),
    )

    response = register(client, closed)

    assert response.status_code == 409
    assert "Rejestracja na to wydarzenie jest zamknięta" in response.content.decode()
    assert not ConferenceRegistration.objects.exists()


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"consent": ""}, "consent"),
        ({"email": "not-an-email"}, "email"),
        ({"email": "anna@example.org\nBcc: victim@example.org"}, "email"),
        ({"name": "   "}, "name"),
        ({"name": "x" * 500}, "name"),
    ],
)
def test_bad_registration_input_gives_clear_errors(client, conference, data, field):
    response = register(client, conference, **data)

    assert response.status_code == 400
    errors = response.context["registration_form"].errors
    assert field in errors
    assert str(errors[field][0]) in response.content.decode()
    assert not ConferenceRegistration.objects.exists()


def test_the_event_page_carries_no_form_token_or_cookie_for_an_anonymous_visitor(
    client, conference
):
    response = client.get(conference.url)

    page = response.content.decode()
    assert response.status_code == 200
    assert "csrfmiddlewaretoken" not in page
    assert not response.cookies
    assert f'href="{conference.url}rejestracja/"' in page


def test_the_registration_route_names_the_event_and_links_back(client, conference):
    response = client.get(conference.url + "rejestracja/")

    page = response.content.decode()
    assert response.status_code == 200
    assert "Miejsca Otwarte" in page.split("<h1>")[1].split("</h1>")[0]
    assert 'name="csrfmiddlewaretoken"' in page
    assert f'href="{conference.url}"' in page


def test_an_invalid_registration_answers_400_with_an_error_summary_linked_to_the_fields(
    client, conference
):
    response = register(client, conference, email="not-an-email", consent="")

    page = response.content.decode()
    assert response.status_code == 400
    summary = page.split('class="error-summary"')[1].split("</div>")[0]
    assert 'href="#id_email"' in summary
    assert 'href="#id_consent"' in summary
    assert page.count('role="alert"') == 1  # one summary, not a second list inside the form
    assert_explains_errors(response, fields=["email", "consent"])


def test_a_sent_registration_lands_on_a_visible_confirmation(client, conference):
    response = register(client, conference)
    landing = client.get(response["Location"])

    assert response["Location"] == conference.url + "rejestracja/wyslano/"
    page = landing.content.decode()
    assert landing.status_code == 200
    assert "anna@example.org" in page.split('class="confirmation-panel"')[1].split("</div>")[0]
    assert_confirms(landing, next_steps="Co dalej")
    assert 'name="consent"' not in page


def test_the_registration_route_of_a_closed_event_says_it_is_closed(client, organisation):
    closed = ConferencePageFactory(
        parent=organisation,
        with_form=True,
        registration_closes_at=timezone.now() - datetime.timedelta(hours=1),
    )

    response = client.get(closed.url + "rejestracja/")

    page = response.content.decode()
    assert response.status_code == 200
    assert "Rejestracja na to wydarzenie jest zamknięta" in page
    assert 'name="consent"' not in page


def test_register_for_conference_books_plain_data_without_a_form(conference):
    outcome = register_for_conference(
        conference=conference,
        name="Jan Nowak",
        email="jan@example.org",
        organisation_name="",
        access_needs="",
        language_code="en",
        now=timezone.now(),
    )

    assert outcome == "registered"
    assert ConferenceRegistration.objects.get().language_code == "en"
    assert mail.outbox[0].to == ["jan@example.org"]


def test_event_page_carries_schema_org_event_data_in_polish_time(client, organisation):
    start = datetime.datetime(2026, 12, 3, 8, 30, tzinfo=datetime.UTC)
    event = ConferencePageFactory(
        parent=organisation,
        title='HR w NGO </script><script>alert("x")</script>',
        start_at=start,
        end_at=start + datetime.timedelta(hours=7),
        is_free=False,
        price="50.00",
    )

    html = client.get(event.url).content.decode()
    data = json_ld_blocks(html)[0]

    assert data["@type"] == "Event"
    assert data["name"] == event.title
    assert data["startDate"] == "2026-12-03T09:30:00+01:00"
    assert data["offers"] == {
        "@type": "Offer",
        "price": "50.00",
        "priceCurrency": "PLN",
        "url": event.full_url,
        "availability": "https://schema.org/InStock",
    }
    assert data["organizer"]["name"] == organisation.title
    assert data["location"]["address"]["addressLocality"] == "Kraków"
    assert '<script>alert("x")' not in html


def test_event_can_be_downloaded_as_icalendar(client, conference):
    response = client.get(conference.url + "kalendarz/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    body = response.content.decode()
    assert "BEGIN:VEVENT" in body
    assert "SUMMARY:Miejsca Otwarte" in body


def test_organisation_page_carries_organisation_json_ld(client, organisation):
    data = json_ld_blocks(client.get(organisation.url).content.decode())[0]

    assert data["@type"] == "NGO"
    assert data["name"] == organisation.title


def test_an_event_gets_its_place_from_the_town(organisation):
    event = ConferencePageFactory(parent=organisation, city="Wieliczka")

    assert (float(event.latitude), float(event.longitude)) == (49.987, 20.0647)
    assert event.geo_json_ld()["latitude"] == 49.987


def test_the_event_page_may_be_kept_at_the_edge_and_its_registration_route_may_not(
    client, conference, settings
):
    settings.EDGE_CACHE_SECONDS = 300

    detail = client.get(conference.url)
    form = client.get(conference.url + "rejestracja/")

    assert "public" in detail["Cache-Control"]
    assert "private" in form["Cache-Control"]
    assert "public" not in form["Cache-Control"]
