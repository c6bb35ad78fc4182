"""The events listing says when an event is full (with a waiting list) or has few places
left, with the same number of queries however many events and registrations there are."""

import pytest

from benchmarks.queries import warm_and_cold_query_counts
from pages import places
from pages.factories import ConferencePageFactory, ConferenceRegistrationFactory

pytestmark = pytest.mark.django_db


def event_with(organisation, *, title, capacity, taken):
    conference = ConferencePageFactory(
        parent=organisation, title=title, with_form=True, capacity=capacity
    )
    for _ in range(taken):
        ConferenceRegistrationFactory(conference=conference)
    return conference


def test_a_full_event_says_full_with_a_waiting_list_and_one_nearly_full_says_what_is_left(
    client, conference_index, organisation
):
    event_with(organisation, title="Pełne forum", capacity=2, taken=2)
    event_with(organisation, title="Prawie pełne", capacity=10, taken=8)
    event_with(organisation, title="Dużo miejsc", capacity=50, taken=1)

    html = client.get(conference_index.url).content.decode()

    assert html.count("Brak miejsc – lista rezerwowa") == 1
    assert html.count("Zostały 2 miejsca.") == 1
    assert "Zostało 49" not in html


def test_the_english_listing_says_full_with_a_waiting_list(
    client, conference_index, organisation, in_english
):
    full = event_with(organisation, title="Pełne forum", capacity=1, taken=1)
    in_english(full)
    english_index = in_english(conference_index)

    html = client.get(english_index.url).content.decode()

    assert "Full – waiting list" in html


def test_the_listing_s_queries_do_not_grow_with_events_that_take_registrations(
    client, conference_index, organisation
):
    event_with(organisation, title="Pierwsze", capacity=2, taken=2)
    few = warm_and_cold_query_counts(client, conference_index.url)
    for number in range(5):
        event_with(organisation, title=f"Kolejne {number}", capacity=3, taken=number % 4)

    many = warm_and_cold_query_counts(client, conference_index.url)

    assert many == few


@pytest.mark.parametrize(
    ("left", "capacity", "few"), [(0, 10, False), (2, 10, True), (5, 100, True), (6, 100, False)]
)
def test_a_few_places_left_means_five_or_fewer(left, capacity, few):
    assert places.few_places_left(left=left, capacity=capacity) is few
