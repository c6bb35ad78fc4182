"""Postings get their place from the town the editor types: the job board's radius filter and
the network search by distance find them without anyone typing coordinates."""

from decimal import Decimal

from django.test import Client

import pytest

from jobs.models import JobPostingPage
from tests.jobs.test_reminders_and_admin import _add_url, _posting_form
from tests.search.conftest import run_tasks

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(organisation, django_user_model):
    from pages.models import OrganisationWorkspace

    user = django_user_model.objects.create_user("redaktor", "redaktor@example.org", "pw")
    workspace = OrganisationWorkspace.objects.get(translation_key=organisation.translation_key)
    user.groups.add(workspace.group)
    return user


def publish_through_the_admin(client, job_index, accounting, **fields):
    data = _posting_form(accounting, **fields) | {"action-publish": "publish"}
    return client.post(_add_url(job_index), data, follow=True)


def test_a_posting_published_in_wieliczka_is_found_15_km_from_krakow(
    client, editor, board, job_index, accounting, settings, django_capture_on_commit_callbacks
):
    settings.SEARCH_URL = ""  # the database search: the same documents, no engine to start
    client.force_login(editor)

    with django_capture_on_commit_callbacks(execute=True):
        response = publish_through_the_admin(
            client, job_index, accounting, title="Księgowy / Księgowa", city="Wieliczka"
        )
    run_tasks()

    assert response.status_code == 200
    posting = JobPostingPage.objects.get(slug="ksiegowa")
    assert posting.live
    assert (float(posting.latitude), float(posting.longitude)) == (49.987, 20.0647)
    visitor = Client()
    near = visitor.get(board.url, {"city": "Kraków", "radius": 15})
    assert near.status_code == 200
    assert [p.pk for p in near.context["results"]] == [posting.pk]
    assert visitor.get(board.url, {"city": "Wieliczka", "radius": 5}).context["results"]
    assert not visitor.get(board.url, {"city": "Tarnów", "radius": 15}).context["results"]
    found = visitor.get("/api/search/", {"city": "Kraków", "radius": 15}).json()
    assert posting.title in [hit["title"] for hit in found["results"]]


def test_a_new_town_moves_the_point_but_typed_coordinates_stay(job_index, accounting):
    from jobs.factories import JobPostingPageFactory

    posting = JobPostingPageFactory(
        parent=job_index, category=accounting, city="Kraków", latitude=None, longitude=None
    )
    assert (float(posting.latitude), float(posting.longitude)) == (50.0647, 19.945)

    posting.city = "Wieliczka"
    posting.full_clean()

    assert (float(posting.latitude), float(posting.longitude)) == (49.987, 20.0647)
    posting.latitude, posting.longitude = (
        Decimal("49.99"),
        Decimal("20.05"),
    )  # the office, typed by the editor
    posting.city = "Skawina"
    posting.full_clean()
    assert (float(posting.latitude), float(posting.longitude)) == (49.99, 20.05)


def test_an_unknown_town_warns_the_editor_and_drops_the_old_towns_point(
    client, editor, job_index, accounting
):
    client.force_login(editor)
    publish_through_the_admin(client, job_index, accounting, title="Księgowy / Księgowa")
    posting = JobPostingPage.objects.get(slug="ksiegowa")
    assert posting.has_coordinates

    data = _posting_form(accounting, title="Księgowy / Księgowa", city="Zabierzówek Dolny")
    response = client.post(
        f"/admin/pages/{posting.pk}/edit/", data | {"action-publish": "publish"}, follow=True
    )

    posting = JobPostingPage.objects.get(pk=posting.pk)
    assert posting.city == "Zabierzówek Dolny"
    assert not posting.has_coordinates
    warnings = [str(m) for m in response.context["messages"]]
    assert any("Nie znamy miejscowości „Zabierzówek Dolny”" in m for m in warnings), warnings
