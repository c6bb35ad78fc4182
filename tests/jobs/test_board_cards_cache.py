"""The job board keeps its rendered cards in a fragment cache keyed by the content version, the
clock's window, the language and the whole query (jobs/job_board_page.html): a warm board
loads no posting rows, a publish shows at once, and a preview is rendered afresh."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from jobs.factories import JobCategoryFactory, JobPostingPageFactory
from jobs.models import JobPostingPage

pytestmark = pytest.mark.django_db


def posting_row_queries(client, url) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    table = JobPostingPage._meta.db_table
    return [query["sql"] for query in captured if f'FROM "{table}"' in query["sql"]]


def test_a_warm_board_renders_its_cards_without_loading_the_postings(client, board, open_posting):
    client.get(board.url)

    queries = posting_row_queries(client, board.url)

    assert queries == []


def test_a_published_change_shows_on_the_board_at_once(client, board, open_posting):
    assert "Księgowy / Księgowa" in client.get(board.url).content.decode()
    open_posting.title = "Główna księgowa"

    open_posting.save_revision().publish()
    content = client.get(board.url).content.decode()

    assert "Główna księgowa" in content
    assert "Księgowy / Księgowa" not in content


def test_each_query_of_the_board_has_its_own_cards(client, board, open_posting, job_index):
    JobPostingPageFactory(
        parent=job_index, title="Pomoc w biurze", working_time="PART_TIME", hours_per_week=20
    )
    client.get(board.url)

    part_time = client.get(board.url, {"working_time": "PART_TIME"}).content.decode()
    full_time = client.get(board.url, {"working_time": "FULL_TIME"}).content.decode()

    assert "Pomoc w biurze" in part_time
    assert "Księgowy / Księgowa" not in part_time
    assert "Księgowy / Księgowa" in full_time
    assert "Pomoc w biurze" not in full_time


def test_a_preview_of_the_board_renders_its_cards_afresh(client, board, open_posting):
    client.get(board.url)
    # update() sends no signal, so the cached cards still hold the old title.
    JobPostingPage.objects.filter(pk=open_posting.pk).update(title="Główna księgowa")

    preview = board.make_preview_request()
    served = client.get(board.url)

    assert "Główna księgowa" in preview.content.decode()
    assert "Główna księgowa" not in served.content.decode()


def test_a_new_role_category_is_offered_by_the_board_at_once(client, board, open_posting, locales):
    assert "Ogrodnictwo" not in client.get(board.url).content.decode()

    JobCategoryFactory(name="Ogrodnictwo", slug="ogrodnictwo", locale=locales["pl"])

    assert (
        '<option value="ogrodnictwo">Ogrodnictwo</option>' in client.get(board.url).content.decode()
    )


def test_republishing_a_posting_keeps_the_boards_filter_form(client, board, open_posting):
    client.get(board.url)
    filters_stamp = client.get(board.url).context["filters_stamp"]

    open_posting.summary = "Nowy opis stanowiska."
    open_posting.save_revision().publish()

    assert client.get(board.url).context["filters_stamp"] == filters_stamp


def test_publishing_one_posting_re_renders_only_its_own_card(
    client, board, open_posting, job_index
):
    other = JobPostingPageFactory(parent=job_index, title="Pomoc w biurze")
    client.get(board.url)
    # update() sends no signal: the other posting's cached card keeps the old title, which
    # shows that only the published posting's card was rendered again.
    JobPostingPage.objects.filter(pk=other.pk).update(title="Asystentka biura")

    open_posting.title = "Główna księgowa"
    open_posting.save_revision().publish()
    content = client.get(board.url).content.decode()

    assert "Główna księgowa" in content
    assert "Pomoc w biurze" in content
    assert "Asystentka biura" not in content


def test_a_posting_saved_live_without_a_revision_shows_on_its_card(client, board, open_posting):
    # As a script or a task saves it (closing it, extending its deadline).
    client.get(board.url)

    open_posting.title = "Główna księgowa"
    open_posting.save()

    assert "Główna księgowa" in client.get(board.url).content.decode()


def test_a_renamed_organisation_shows_on_the_cards(client, board, open_posting, organisation):
    assert "Fundacja Alfa" in client.get(board.url).content.decode()

    organisation.title = "Fundacja Omega"
    organisation.save_revision().publish()
    content = client.get(board.url).content.decode()

    assert "Fundacja Omega" in content
    assert "Fundacja Alfa" not in content
