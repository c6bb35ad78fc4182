"""Event and organisation blocks pass schema.org's property lists and Google's event rules."""

import datetime

from django.utils import timezone

import pytest

from pages.factories import ConferencePageFactory
from pages.models import AttendanceMode
from pages.models.registration import ConferenceRegistration
from pages.notifications import absolute_url
from pages.schedule import IN_STOCK, SOLD_OUT, ticket_availability
from tests.browser.public_pages import one_page_of_each_type
from tests.demo_network import load_demo_network
from tests.structured_data import google_gaps, json_ld_blocks, problems

pytestmark = pytest.mark.django_db

ONLINE = "https://meet.example.org/forum"


@pytest.mark.parametrize("language", ["pl", "en"])
def test_every_json_ld_block_on_every_public_page_type_follows_the_rules(client, locales, language):
    load_demo_network(run_on_commit=True)
    seen = set()

    for page in one_page_of_each_type(language):
        for block in json_ld_blocks(client.get(page.url).content.decode(), page.full_url):
            seen.add(block["@type"])

            assert problems(block) == [], page.url
            if block["@type"] in {"Event", "JobPosting"}:
                # Volunteering is unpaid: there is no salary to give.
                unpaid = {"baseSalary"} if block.get("employmentType") == "VOLUNTEER" else set()
                assert set(google_gaps(block)) - unpaid == set(), page.url

    assert seen >= {"Event", "JobPosting", "NGO"}


def event_block(client, event) -> dict:
    (data,) = json_ld_blocks(client.get(event.url).content.decode(), event.full_url)
    return data


@pytest.mark.parametrize("mode", list(AttendanceMode))
def test_an_event_has_only_schema_org_properties_no_empty_values_and_googles_fields(
    client, organisation, branded, published, mode
):
    event = published(
        ConferencePageFactory(
            parent=organisation,
            attendance_mode=mode,
            online_url="" if mode == AttendanceMode.IN_PERSON else ONLINE,
        )
    )

    data = event_block(client, event)

    assert problems(data) == []
    assert google_gaps(data) == []


def test_a_mixed_event_gives_its_venue_and_its_online_address(client, organisation):
    event = ConferencePageFactory(
        parent=organisation, attendance_mode=AttendanceMode.MIXED, online_url=ONLINE
    )

    place, virtual = event_block(client, event)["location"]

    assert place["address"]["addressLocality"] == "Kraków"
    assert virtual == {"@type": "VirtualLocation", "url": ONLINE}


def test_an_event_shows_its_share_card_and_when_its_places_went_on_offer(
    client, organisation, published
):
    event = published(ConferencePageFactory(parent=organisation))

    data = event_block(client, event)

    assert data["image"] == [absolute_url(f"/share-cards/{event.pk}-{event.live_revision_id}.png")]
    valid_from = datetime.datetime.fromisoformat(data["offers"]["validFrom"])
    assert valid_from == event.first_published_at
    assert valid_from.utcoffset() in {datetime.timedelta(hours=1), datetime.timedelta(hours=2)}
    assert data["offers"]["availability"] == IN_STOCK


def test_a_full_event_is_sold_out(client, organisation):
    event = ConferencePageFactory(parent=organisation, with_form=True)
    for number in range(2):
        ConferenceRegistration.objects.create(
            conference=event,
            name=f"Osoba {number}",
            email=f"o{number}@example.org",
            language_code="pl",
            consent_given_at=timezone.now(),
        )

    assert event_block(client, event)["offers"]["availability"] == SOLD_OUT


def test_places_are_on_offer_until_registration_closes_or_they_run_out():
    now = timezone.now()
    later = now + datetime.timedelta(days=1)
    earlier = now - datetime.timedelta(minutes=1)

    open_ = ticket_availability(places_left=3, registration_closes_at=later, ends_at=later, now=now)
    unlimited = ticket_availability(
        places_left=None, registration_closes_at=None, ends_at=later, now=now
    )
    full = ticket_availability(places_left=0, registration_closes_at=later, ends_at=later, now=now)
    closed = ticket_availability(
        places_left=3, registration_closes_at=earlier, ends_at=later, now=now
    )
    over = ticket_availability(
        places_left=None, registration_closes_at=None, ends_at=earlier, now=now
    )

    assert (open_, unlimited, full, closed, over) == (
        IN_STOCK,
        IN_STOCK,
        SOLD_OUT,
        SOLD_OUT,
        SOLD_OUT,
    )


def test_an_organisation_block_has_no_empty_address_parts_and_carries_its_logo(
    client, organisation, logo
):
    organisation.logo = logo
    organisation.save()

    (data,) = json_ld_blocks(client.get(organisation.url).content.decode(), organisation.full_url)

    assert problems(data) == []
    assert data["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "Kraków",
        "addressCountry": "PL",
    }
    assert data["logo"].endswith(".png")
