"""The network's and each organisation's iCalendar feed of events (RFC 5545), read back with
the `icalendar` parser as a calendar client would."""

import datetime

from wagtail.models import PageViewRestriction

import icalendar
import pytest

from pages.factories import ConferencePageFactory
from pages.ics import CalendarEvent, calendar_to_ics

START = datetime.datetime(2026, 12, 3, 9, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))


def parse(body: bytes) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(body)


def event_uids(response) -> list[str]:
    return [str(event["UID"]) for event in parse(response.content).events]


def test_a_calendar_escapes_text_folds_long_lines_and_gives_polish_time_with_its_time_zone():
    event = CalendarEvent(
        uid="abc@siec",
        title="Miejsca Otwarte; konferencja, dzień 1\x0b",
        description="Długi opis " * 20,
        location="Kraków",
        url="https://example.org/",
        start_at=START,
        end_at=START + datetime.timedelta(hours=8),
    )

    body = calendar_to_ics(events=[event], name="Wydarzenia", uid="cal@siec", now=START)

    lines = body.decode().split("\r\n")
    assert "DTSTART;TZID=Europe/Warsaw:20261203T093000" in lines
    assert "SUMMARY:Miejsca Otwarte\\; konferencja\\, dzień 1 " in lines
    assert all(len(line.encode()) <= 75 for line in lines)
    assert any(line.startswith(" ") for line in lines)
    calendar = parse(body)
    assert [tz.tz_name for tz in calendar.timezones] == ["Europe/Warsaw"]
    assert calendar.events[0].start == START
    assert calendar.events[0]["DESCRIPTION"] == "Długi opis " * 20


def test_an_empty_calendar_still_carries_a_component():
    body = calendar_to_ics(events=[], name="Wydarzenia", uid="cal@siec", now=START)

    calendar = parse(body)
    assert calendar.events == []
    assert len(calendar.timezones) == 1


@pytest.mark.django_db
def test_the_network_calendar_lists_public_live_events_under_uids_that_stay_the_same(
    client, conference_index, organisation, other_organisation
):
    ours = ConferencePageFactory(parent=organisation, title="Forum Alfa")
    theirs = ConferencePageFactory(parent=other_organisation, title="Forum Beta")
    ConferencePageFactory(parent=organisation, title="Szkic", live=False)
    private = ConferencePageFactory(parent=organisation, title="Dla członków")
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    first = client.get(conference_index.url + "kalendarz/")
    second = client.get(conference_index.url + "kalendarz/")

    assert first.status_code == 200
    assert first["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = parse(first.content)
    assert sorted(str(event["SUMMARY"]) for event in calendar.events) == [
        "Forum Alfa",
        "Forum Beta",
    ]
    assert sorted(event_uids(first)) == sorted(
        f"{page.translation_key}@localhost" for page in (ours, theirs)
    )
    assert event_uids(first) == event_uids(second)
    assert calendar["UID"] == parse(second.content)["UID"]
    assert {str(event["URL"]) for event in calendar.events} == {ours.full_url, theirs.full_url}


@pytest.mark.django_db
def test_an_organisations_calendar_lists_only_its_own_events(
    client, conference_index, organisation, other_organisation
):
    ConferencePageFactory(parent=organisation, title="Forum Alfa")
    ConferencePageFactory(parent=other_organisation, title="Forum Beta")

    response = client.get(conference_index.url + "kalendarz/?organisation=alfa")

    calendar = parse(response.content)
    assert [str(event["SUMMARY"]) for event in calendar.events] == ["Forum Alfa"]
    assert "Fundacja Alfa" in str(calendar["X-WR-CALNAME"])


@pytest.mark.django_db
def test_a_calendar_of_an_organisation_not_in_the_network_is_refused_in_words(
    client, conference_index, organisation
):
    response = client.get(conference_index.url + "kalendarz/?organisation=nikt")

    assert response.status_code == 400
    assert "W sieci nie ma takiej organizacji." in response.content.decode()


@pytest.mark.django_db
def test_the_event_index_and_an_organisation_page_link_their_calendar(
    client, conference_index, organisation
):
    index_html = client.get(conference_index.url).content.decode()
    organisation_html = client.get(organisation.url).content.decode()

    assert (
        '<link rel="alternate" type="text/calendar" title="iCalendar: Wydarzenia" '
        'href="/wydarzenia/kalendarz/">'
    ) in index_html
    assert (
        '<link rel="alternate" type="text/calendar" title="iCalendar: Wydarzenia – Fundacja Alfa" '
        'href="/wydarzenia/kalendarz/?organisation=alfa">'
    ) in organisation_html


@pytest.mark.django_db
def test_an_events_own_calendar_download_carries_the_feeds_uid(
    client, conference_index, organisation
):
    event = ConferencePageFactory(parent=organisation, title="Forum Alfa")

    response = client.get(event.url + "kalendarz/")

    assert event_uids(response) == [f"{event.translation_key}@localhost"]
    assert len(parse(response.content).timezones) == 1
