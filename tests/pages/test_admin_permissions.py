"""Editors of organisation A must never reach organisation B's pages, media or records.

The URLs are generated from the URL configuration: every admin route is requested with the
ids of B's objects filled in, so a new admin view is covered without touching this file.
"""

from django.utils import timezone

import pytest

from pages.factories import ConferencePageFactory
from pages.models import ConferenceRegistration
from tests.pages.admin_routes import (
    MARKER,
    admin_routes,
    fill,
    kwargs_for,
    names_organisation_b,
    snapshot_of_organisation_b,
)

pytestmark = pytest.mark.django_db


def test_no_admin_url_shows_organisation_b_to_an_editor_of_organisation_a(client, world):
    client.raise_request_exception = False
    client.force_login(world["editor"])
    leaks, allowed, checked = [], [], 0

    for route, namespace, _pattern in admin_routes():
        kwargs = kwargs_for(route, namespace, world)
        url = fill(route, kwargs)
        for query in ("", f"?q={MARKER}"):
            response = client.get(url + query)
            checked += 1
            body = response.content.decode(errors="replace") if not response.streaming else ""
            # The query itself is echoed back in search boxes; B's full titles must not be.
            if any(title in body for title in world["titles"]) or response.status_code >= 500:
                leaks.append(f"{response.status_code} {url}{query}")
            if names_organisation_b(route, namespace) and response.status_code == 200:
                allowed.append(f"{url}{query}")

    assert checked > 300
    assert leaks == [], "\n".join(leaks)
    assert allowed == [], "\n".join(allowed)


def test_the_editor_still_reaches_their_own_organisation(client, world, organisation):
    client.force_login(world["editor"])

    edit = client.get(f"/admin/pages/{organisation.pk}/edit/")
    explore = client.get(f"/admin/pages/{organisation.get_parent().pk}/", follow=True)

    assert edit.status_code == 200
    assert organisation.title in explore.content.decode()
    assert MARKER not in explore.content.decode()


def test_page_chooser_offers_own_pages_but_not_other_organisations(client, world, organisation):
    client.force_login(world["editor"])

    response = client.get(f"/admin/choose-page/{organisation.get_parent().pk}/")

    assert response.status_code == 200
    assert organisation.title in response.content.decode()
    assert MARKER not in response.content.decode()


def test_an_editor_sees_only_their_organisations_registrations(client, world, organisation):
    own_event = ConferencePageFactory(parent=organisation, title="Spotkanie Alfa", with_form=True)
    ConferenceRegistration.objects.create(
        conference=own_event,
        name="Uczestnik Alfa",
        email="alfa@example.org",
        language_code="pl",
        consent_given_at=timezone.now(),
    )
    client.force_login(world["editor"])

    listing = client.get("/admin/event_registrations/")

    assert listing.status_code == 200
    assert "Uczestnik Alfa" in listing.content.decode()
    assert MARKER not in listing.content.decode()


def test_no_admin_post_changes_organisation_b(client, world):
    """Posting to B's delete, move, copy, unpublish, lock, revert... leaves B as it was."""
    client.raise_request_exception = False
    client.force_login(world["editor"])
    before = snapshot_of_organisation_b(world)
    errors, posted = [], 0

    for route, namespace, _pattern in admin_routes():
        if not names_organisation_b(route, namespace):
            continue
        url = fill(route, kwargs_for(route, namespace, world))
        # Enough fields for Wagtail's simple forms to be valid if a permission check were missing.
        response = client.post(url, {"title": "Przejęte", "slug": "przejete", "new_title": "X"})
        posted += 1
        if response.status_code >= 500:
            errors.append(f"{response.status_code} {url}")

    assert posted > 80
    assert errors == [], "\n".join(errors)
    assert snapshot_of_organisation_b(world) == before
