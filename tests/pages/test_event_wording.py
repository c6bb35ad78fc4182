"""How an event's place and time read on its page and in the registrant's e-mails: only the
parts that exist, an online event said to be online, and a one-day event's date said once."""

import datetime
from io import StringIO
from zoneinfo import ZoneInfo

from django.core import mail
from django.core.management import call_command
from django.utils import timezone, translation
from django.utils.formats import date_format

import pytest

from pages.event_time import event_time
from pages.factories import ConferencePageFactory
from pages.models import AttendanceMode
from pages.services import register_for_conference
from tests.search.conftest import run_tasks

pytestmark = pytest.mark.django_db
WARSAW = ZoneInfo("Europe/Warsaw")


def confirmation_for(conference) -> str:
    register_for_conference(
        conference=conference,
        name="Anna Żółkiewska",
        email="anna@example.org",
        organisation_name="",
        access_needs="",
        language_code="pl",
        now=timezone.now(),
    )
    run_tasks()
    (message,) = mail.outbox
    return message.body


def test_an_event_without_a_venue_name_says_only_its_town_on_the_page_and_in_the_e_mail(
    client, organisation
):
    conference = ConferencePageFactory(parent=organisation, with_form=True, venue_name="")

    html = client.get(conference.url).content.decode()
    body = confirmation_for(conference)

    assert ", Kraków" not in html
    assert "Gdzie: Kraków\n" in body


def test_an_event_with_a_venue_says_the_venue_and_the_town_joined_by_a_comma(organisation):
    conference = ConferencePageFactory(parent=organisation, with_form=True, venue_name="Sala A")

    body = confirmation_for(conference)

    assert "Gdzie: Sala A, Kraków\n" in body


def test_an_online_event_s_e_mail_says_it_is_online(organisation):
    conference = ConferencePageFactory(
        parent=organisation,
        with_form=True,
        attendance_mode=AttendanceMode.ONLINE,
        online_url="https://meet.example.org/forum",
        venue_name="",
        city="",
    )

    body = confirmation_for(conference)

    assert "Gdzie: Online\n" in body


def test_a_mixed_event_s_e_mail_gives_the_venue_and_says_it_is_also_online(organisation):
    conference = ConferencePageFactory(
        parent=organisation,
        with_form=True,
        attendance_mode=AttendanceMode.MIXED,
        online_url="https://meet.example.org/forum",
        venue_name="Sala A",
    )

    body = confirmation_for(conference)

    assert "Gdzie: Sala A, Kraków oraz online\n" in body


def warsaw(*args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=WARSAW)


@pytest.mark.parametrize(
    ("language", "expected"),
    [("pl", "6 czerwca 2026, 18:00–20:00"), ("en", "6 June 2026, 18:00–20:00")],
)
def test_a_one_day_event_s_time_gives_its_date_once(language, expected):
    with translation.override(language):
        when = event_time(start_at=warsaw(2026, 6, 6, 18), end_at=warsaw(2026, 6, 6, 20))

    assert str(when) == expected


def test_a_multi_day_event_s_time_gives_both_dates():
    with translation.override("pl"):
        when = event_time(start_at=warsaw(2026, 6, 6, 18), end_at=warsaw(2026, 6, 7, 14))

    assert str(when) == "6 czerwca 2026, 18:00 – 7 czerwca 2026, 14:00"


def test_an_event_s_time_is_told_in_polish_time_whatever_zone_it_was_stored_in():
    start_at = datetime.datetime(2026, 6, 6, 16, tzinfo=datetime.UTC)

    with translation.override("pl"):
        when = event_time(start_at=start_at, end_at=start_at + datetime.timedelta(hours=2))

    assert str(when) == "6 czerwca 2026, 18:00–20:00"


def test_the_confirmation_and_the_reminder_give_a_one_day_event_s_date_once(organisation, settings):
    settings.SIEC_EVENT_REMINDER_HOURS = [48]
    start_at = (timezone.now() + datetime.timedelta(hours=30)).astimezone(WARSAW)
    start_at = start_at.replace(hour=10, minute=0, second=0, microsecond=0)
    conference = ConferencePageFactory(
        parent=organisation,
        with_form=True,
        start_at=start_at,
        end_at=start_at + datetime.timedelta(hours=2),
        registration_closes_at=start_at - datetime.timedelta(hours=1),
    )
    with translation.override("pl"):
        expected = f"Kiedy: {date_format(start_at, 'j E Y')}, 10:00–12:00\n"

    confirmation = confirmation_for(conference)
    call_command("send_event_reminders", stdout=StringIO())
    run_tasks()

    reminder = mail.outbox[-1]
    assert "Przypomnienie" in reminder.subject
    assert expected in confirmation
    assert expected in reminder.body


def test_the_event_page_gives_a_one_day_event_s_date_once(client, organisation):
    conference = ConferencePageFactory(
        parent=organisation,
        start_at=warsaw(2027, 6, 5, 18),
        end_at=warsaw(2027, 6, 5, 20),
    )

    html = client.get(conference.url).content.decode()

    assert "sobota, 5 czerwca 2027, 18:00</time>–<time" in html
    assert ">20:00</time>" in html
