import datetime

from django.utils import timezone

import pytest

from benchmarks.queries import warm_and_cold_query_counts
from pages.factories import ConferencePageFactory, OrganisationPageFactory, ProgrammePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def programmes(organisation, other_organisation, programme_index):
    running = ProgrammePageFactory(parent=organisation, title="Program trwający")
    running.tags.add("seniorzy")
    running.save_revision().publish()
    return {
        "running": running,
        "finished": ProgrammePageFactory(
            parent=organisation, title="Program zakończony", finished=True
        ),
        "upcoming": ProgrammePageFactory(
            parent=other_organisation, title="Program przyszły", upcoming=True
        ),
    }


def titles(response) -> set[str]:
    return {page.title for page in response.context["results"]}


def test_programme_listing_filters_by_status(client, programme_index, programmes):
    assert titles(client.get(programme_index.url, {"status": "RUNNING"})) == {"Program trwający"}
    assert titles(client.get(programme_index.url, {"status": "FINISHED"})) == {"Program zakończony"}
    assert titles(client.get(programme_index.url, {"status": "UPCOMING"})) == {"Program przyszły"}


def test_programme_listing_filters_by_organisation_and_tag(
    client, programme_index, programmes, organisation
):
    by_organisation = client.get(programme_index.url, {"organisation": organisation.slug})
    by_tag = client.get(programme_index.url, {"tag": "seniorzy"})

    assert titles(by_organisation) == {"Program trwający", "Program zakończony"}
    assert titles(by_tag) == {"Program trwający"}


@pytest.mark.parametrize(
    "query",
    [
        {"status": "SOMETIMES"},
        {"organisation": "no-such-organisation"},
        {"tag": "no-such-tag"},
        {"page": "abc"},
        {"page": "-3"},
        {"page": "9" * 40},
    ],
)
def test_invalid_filters_give_a_clear_400_not_a_server_error(
    client, programme_index, programmes, query
):
    response = client.get(programme_index.url, query)

    assert response.status_code == 400
    assert "Niektóre filtry są nieprawidłowe" in response.content.decode()


def test_a_page_number_past_the_end_shows_the_last_page(client, programme_index, programmes):
    response = client.get(programme_index.url, {"page": "50"})

    assert response.status_code == 200
    assert response.context["results"].number == 1


def test_listing_pages_through_results_keeping_the_filters(client, organisation, programme_index):
    for number in range(15):
        ProgrammePageFactory(parent=organisation, title=f"Program {number:02d}")

    first = client.get(programme_index.url, {"status": "RUNNING"})
    second = client.get(programme_index.url, {"status": "RUNNING", "page": "2"})

    assert len(first.context["results"]) == 12
    assert len(second.context["results"]) == 3
    assert "?status=RUNNING&amp;page=2" in first.content.decode()


def test_organisation_listing_filters_by_area_and_legal_form(
    client, organisation_index, organisation
):
    association = OrganisationPageFactory(
        parent=organisation_index, title="Stowarzyszenie Gamma", legal_form="ASSOCIATION"
    )
    association.areas_of_work.add("kultura")
    association.save_revision().publish()

    assert titles(client.get(organisation_index.url, {"area": "kultura"})) == {
        "Stowarzyszenie Gamma"
    }
    assert titles(client.get(organisation_index.url, {"legal_form": "FOUNDATION"})) == {
        organisation.title
    }
    assert client.get(organisation_index.url, {"legal_form": "PIRATE"}).status_code == 400


def test_event_listing_separates_upcoming_and_past_and_filters_by_dates(
    client, conference_index, organisation
):
    ConferencePageFactory(parent=organisation, title="Przyszła konferencja")
    ConferencePageFactory(parent=organisation, title="Dawne forum", past=True, kind="FORUM")
    today = timezone.localdate()

    upcoming = client.get(conference_index.url, {"when": "UPCOMING"})
    past = client.get(conference_index.url, {"when": "PAST"})
    forums = client.get(conference_index.url, {"kind": "FORUM"})
    in_range = client.get(
        conference_index.url,
        {"from_date": (today + datetime.timedelta(days=10)).isoformat()},
    )
    reversed_range = client.get(
        conference_index.url, {"from_date": "2027-01-10", "to_date": "2027-01-01"}
    )

    assert titles(upcoming) == {"Przyszła konferencja"}
    assert titles(past) == {"Dawne forum"}
    assert titles(forums) == {"Dawne forum"}
    assert titles(in_range) == {"Przyszła konferencja"}
    assert reversed_range.status_code == 400


def test_listing_query_count_does_not_grow_with_the_number_of_items(
    client, organisation, programme_index
):
    ProgrammePageFactory(parent=organisation)
    few = warm_and_cold_query_counts(client, programme_index.url)
    for _ in range(10):
        ProgrammePageFactory(parent=organisation)

    many = warm_and_cold_query_counts(client, programme_index.url)

    assert many == few
    assert max(many) <= 15
    assert organisation.title in client.get(programme_index.url).content.decode()


def test_home_page_lists_organisations_programmes_and_upcoming_events(
    client, home, organisation, conference_index
):
    ProgrammePageFactory(parent=organisation, title="Aktywni Mieszkańcy")
    ConferencePageFactory(parent=organisation, title="Miejsca Otwarte")

    html = client.get(home.url).content.decode()

    assert organisation.title in html
    assert "Aktywni Mieszkańcy" in html
    assert "Miejsca Otwarte" in html
