"""Pages made private leave the network search at once: the restriction queues its subtree
through the same task as unpublishing, and until that task has run (or if it is lost) every
search leaves out the pages under a restricted path."""

from django.test import Client

from wagtail.models import PageViewRestriction

import pytest

from jobs.factories import JobIndexPageFactory, JobPostingPageFactory
from search import engine
from search.mapping import alias_name
from search.models import NetworkEntry
from tests.search.conftest import run_tasks

pytestmark = pytest.mark.django_db

TITLE = "Koordynator Zzyzxowy / Koordynatorka Zzyzxowa"


@pytest.fixture
def posting(organisation):
    organisation.save_revision().publish()
    posting = JobPostingPageFactory(parent=JobIndexPageFactory(parent=organisation), title=TITLE)
    posting.save_revision().publish()
    run_tasks()
    return posting


def _restrict(page) -> PageViewRestriction:
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="tajne"
    )


def _refresh():
    engine.call("indices.refresh", index=alias_name("pl"))


def _in_engine(page) -> bool:
    return engine.call("get", index=alias_name("pl"), id=str(page.pk), missing_ok=True) is not None


def _everything_public_shows(client) -> dict[str, bool]:
    """Whether the posting shows in each public way of searching."""
    api = client.get("/api/search/", {"q": "zzyzxowy"}).json()
    completed = client.get("/api/search/autocomplete/", {"q": "zzyzx"}).json()
    page = client.get("/szukaj/", {"q": "zzyzxowy"}).content.decode()
    organisation = client.get("/api/search/", {"q": "Fundacja Alfa", "kind": "organisation"})
    return {
        "api": TITLE in [hit["title"] for hit in api["results"]],
        "autocomplete": TITLE in [s["title"] for s in completed["suggestions"]],
        "page": "Zzyzxowy" in page,
        "organisation": "Fundacja Alfa" in [hit["title"] for hit in organisation.json()["results"]],
    }


def test_a_restriction_on_an_ancestor_removes_its_subtree_from_the_database_and_lifting_restores(
    no_engine, organisation, posting
):
    restriction = _restrict(organisation)
    run_tasks()

    assert not NetworkEntry.objects.filter(page_id__in=[organisation.pk, posting.pk]).exists()

    restriction.delete()
    run_tasks()

    assert set(NetworkEntry.objects.values_list("page_id", flat=True)) >= {
        organisation.pk,
        posting.pk,
    }


def test_a_restriction_removes_its_subtree_from_the_engine_and_lifting_it_restores_it(
    search_engine, organisation
):
    organisation.save_revision().publish()
    posting = JobPostingPageFactory(parent=JobIndexPageFactory(parent=organisation), title=TITLE)
    posting.save_revision().publish()
    run_tasks()
    _refresh()
    assert _in_engine(posting) and _in_engine(organisation)

    restriction = _restrict(organisation)
    run_tasks()
    _refresh()

    assert not _in_engine(posting) and not _in_engine(organisation)
    assert not NetworkEntry.objects.filter(page_id__in=[organisation.pk, posting.pk]).exists()

    restriction.delete()
    run_tasks()
    _refresh()

    assert _in_engine(posting) and _in_engine(organisation)
    assert NetworkEntry.objects.filter(page_id=posting.pk).exists()


def test_a_stale_database_entry_under_a_restricted_path_never_shows(
    no_engine, organisation, posting
):
    client = Client()
    assert all(_everything_public_shows(client).values())

    _restrict(organisation)  # the removal is queued, not run: the entries are still there

    assert NetworkEntry.objects.filter(page_id=posting.pk).exists()
    assert _everything_public_shows(client) == dict.fromkeys(
        _everything_public_shows(client), False
    )


def test_a_stale_engine_document_under_a_restricted_path_never_shows(search_engine, organisation):
    organisation.save_revision().publish()
    posting = JobPostingPageFactory(parent=JobIndexPageFactory(parent=organisation), title=TITLE)
    posting.save_revision().publish()
    run_tasks()
    _refresh()
    client = Client()
    assert all(_everything_public_shows(client).values())

    _restrict(posting.get_parent())  # the removal is queued, not run

    assert _in_engine(posting)
    shown = _everything_public_shows(client)
    assert not shown["api"] and not shown["autocomplete"] and not shown["page"]
    assert shown["organisation"]  # above the restricted section: still public
