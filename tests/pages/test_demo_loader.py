from django.core.management import call_command
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import Collection, Page

import pytest

from pages.models import (
    ConferencePage,
    NetworkHomePage,
    NetworkMembership,
    OrganisationPage,
    OrganisationWorkspace,
    ProgrammePage,
)
from tests.demo_network import load_demo_network

pytestmark = pytest.mark.django_db


def counts() -> dict:
    return {
        "pages": Page.objects.count(),
        "live": Page.objects.live().count(),
        "organisations": OrganisationPage.objects.count(),
        "programmes": ProgrammePage.objects.count(),
        "conferences": ConferencePage.objects.count(),
        "networks": NetworkMembership.objects.count(),
        "workspaces": OrganisationWorkspace.objects.count(),
        "collections": Collection.objects.count(),
        "images": get_image_model().objects.count(),
    }


def test_loading_the_demo_network_twice_gives_the_same_counts(
    locales, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_network", verbosity=0)
    first = counts()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_network", verbosity=0)

    assert counts() == first
    assert first["organisations"] == 6  # three organisations in two languages
    assert first["programmes"] == 10
    assert first["conferences"] == 6
    assert first["workspaces"] == 3


def test_demo_network_is_browsable_in_both_languages(client, locales):
    # The command's rows, from the session's copy once a test has run it (tests/demo_network.py).
    load_demo_network(run_on_commit=True)

    polish = client.get("/").content.decode()
    english = client.get("/en/").content.decode()

    for name in (
        "Fundacja Małopolska Izba Samorządowa",
        "Fundacja Biuro Inicjatyw Społecznych",
        "Małopolski Instytut Kultury w Krakowie",
    ):
        assert name in polish
    assert "Aktywni Mieszkańcy Mają Swoje Miejsce" in polish
    assert "Bureau of Social Initiatives Foundation" in english
    assert "Active Residents Have Their Place" in english
    assert NetworkHomePage.objects.filter(locale__language_code="en").get().live


def test_demo_facts_appear_on_the_organisation_pages(client, locales):
    # The command's rows, from the session's copy once a test has run it (tests/demo_network.py).
    load_demo_network(run_on_commit=True)

    bis = client.get("/organizacje/fundacja-bis/").content.decode()
    mam = client.get(
        "/organizacje/fundacja-bis/aktywni-mieszkancy-maja-swoje-miejsce/"
    ).content.decode()

    assert "SPLOT" in bis
    assert "5\xa0438" in bis or "5 438" in bis or "5438" in bis
    assert "Gmina Skawina" in mam
    assert "200" in mam  # planned participants in total


def test_the_demo_events_taking_registrations_are_open_on_the_day_it_is_loaded(
    locales, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_network", verbosity=0)

    now = timezone.now()
    taking_registrations = ConferencePage.objects.filter(registration_mode="FORM")
    assert taking_registrations.exists()
    for event in taking_registrations:
        assert event.registration_open_at(now), event.title
