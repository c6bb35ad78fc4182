"""What a change to the live tree purges from the edge (pages.edge_purge): the page's own
addresses and those of every page that lists it, queued as Wagtail's purge task; and that a
purge that cannot be queued never breaks the change."""

import logging

import pytest
from django_tasks_db.models import DBTaskResult

from pages import edge_purge
from tests.search.conftest import run_tasks

pytestmark = pytest.mark.django_db

PURGE_TASK = "wagtail.contrib.frontend_cache.tasks.purge_urls_from_cache_task"


@pytest.fixture
def board(translated_network):
    from jobs.factories import JobBoardPageFactory

    return JobBoardPageFactory(parent=translated_network.home, slug="praca")


def queued_urls() -> set[str]:
    return {
        url
        for result in DBTaskResult.objects.filter(task_path=PURGE_TASK)
        for url in result.args_kwargs["args"][0]
    }


def test_a_posting_is_listed_by_its_index_organisation_home_and_every_board(
    translated_network, board
):
    posting = translated_network.posting

    urls = edge_purge.purge_urls(edge_purge.listing_pages(posting))

    organisation = translated_network.organisation
    assert {
        "http://localhost/",
        organisation.get_full_url(),
        posting.get_parent().get_full_url(),
        "http://localhost/praca/",
        "http://localhost/praca/rss/",
        "http://localhost/praca/atom/",
    } <= urls
    assert posting.get_full_url() not in urls


def test_a_listing_in_draft_is_not_purged(translated_network, board):
    board.unpublish()

    urls = edge_purge.purge_urls(edge_purge.listing_pages(translated_network.posting))

    assert "http://localhost/praca/" not in urls


def test_deleting_a_live_posting_queues_its_address_and_its_listings(translated_network, board):
    posting = translated_network.posting.specific

    edge_purge.before_delete(sender=type(posting), instance=posting)

    assert {posting.get_full_url(), "http://localhost/praca/", "http://localhost/"} <= (
        queued_urls()
    )


def test_the_plain_page_row_of_a_deleted_page_queues_nothing_twice(translated_network):
    from wagtail.models import Page

    plain = Page.objects.get(pk=translated_network.posting.pk)

    edge_purge.before_delete(sender=Page, instance=plain)

    assert queued_urls() == set()


def test_a_view_restriction_purges_the_page_and_everything_below_it(translated_network):
    from wagtail.models import PageViewRestriction

    organisation = translated_network.organisation
    restriction = PageViewRestriction(
        page=organisation, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )

    edge_purge.restriction_changed(sender=PageViewRestriction, instance=restriction)

    assert {
        organisation.get_full_url(),
        translated_network.posting.get_full_url(),
        translated_network.conference.get_full_url(),
    } <= queued_urls()


def test_a_move_purges_the_old_addresses_before_and_the_new_ones_after(translated_network):
    from pages.factories import OrganisationPageFactory

    posting = translated_network.posting.specific
    old_url = posting.get_full_url()
    other = OrganisationPageFactory(parent=translated_network.organisation.get_parent())
    from jobs.factories import JobIndexPageFactory

    other_index = JobIndexPageFactory(parent=other)

    edge_purge.before_move(sender=type(posting), instance=posting)
    posting.move(other_index, pos="last-child")
    edge_purge.after_move(sender=type(posting), instance=posting)

    posting.refresh_from_db()
    assert {old_url, posting.get_full_url(), other.get_full_url()} <= queued_urls()
    assert old_url != posting.get_full_url()


def test_a_purge_that_cannot_be_queued_is_logged_and_the_publish_goes_on(
    translated_network, monkeypatch, caplog
):
    class QueueAway:
        def using(self, **options):
            return self

        def enqueue(self, *args, **kwargs):
            raise ConnectionError("the task queue is away")

    monkeypatch.setattr(edge_purge, "purge_urls_from_cache_task", QueueAway())

    with caplog.at_level(logging.ERROR, logger="pages.edge_purge"):
        edge_purge.published_or_unpublished(
            sender=type(translated_network.posting), instance=translated_network.posting
        )

    assert "could not queue the edge purge" in caplog.text


def test_a_publish_queues_its_purge_ahead_of_its_other_tasks(translated_network, board, settings):
    posting = translated_network.posting.specific
    posting.title = "Nowy tytuł"

    posting.save_revision().publish()
    # The test settings connect no edge purges (no EDGE_PURGE_URL): send the signal's call.
    edge_purge.published_or_unpublished(sender=type(posting), instance=posting)

    ours = DBTaskResult.objects.filter(
        task_path=PURGE_TASK, priority=settings.EDGE_PURGE_PRIORITY
    ).get()
    assert {posting.get_full_url(), "http://localhost/praca/"} <= set(ours.args_kwargs["args"][0])
    others = DBTaskResult.objects.exclude(pk=ours.pk)
    assert others.exists()
    assert all(task.priority < ours.priority for task in others)
    assert DBTaskResult.objects.ready().first() == ours


def test_a_worker_of_the_edge_queue_sends_the_purges_and_leaves_the_indexing(
    translated_network, board, settings
):
    posting = translated_network.posting.specific
    posting.title = "Nowy tytuł"
    posting.save_revision().publish()
    edge_purge.published_or_unpublished(sender=type(posting), instance=posting)
    ours = DBTaskResult.objects.get(task_path=PURGE_TASK, queue_name=settings.EDGE_PURGE_QUEUE)
    others = set(DBTaskResult.objects.exclude(pk=ours.pk).values_list("pk", flat=True))

    run_tasks(queue_name=settings.EDGE_PURGE_QUEUE)

    assert settings.EDGE_PURGE_QUEUE == "edge"
    assert DBTaskResult.objects.get(pk=ours.pk).status == "SUCCESSFUL"
    assert others
    assert set(DBTaskResult.objects.ready().values_list("pk", flat=True)) == others
