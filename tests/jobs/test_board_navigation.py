"""Finding one's way around the job board: the language switcher keeps the chosen filters,
and the main menu marks the board, not the organisation, while a posting is read."""

from wagtail.models import Page

import pytest

pytestmark = pytest.mark.django_db

SWITCHER = 'class="language-switcher"'
MENU = 'class="main-menu"'


def test_the_language_switcher_on_a_filtered_board_keeps_the_filters(client, board, in_english):
    english = in_english(board)

    html = client.get(board.url, {"working_time": "FULL_TIME", "remote": "on"}).content.decode()

    switcher = html.split(SWITCHER)[1]
    assert f'href="{english.url}?working_time=FULL_TIME&amp;remote=on" hreflang="en"' in switcher


def test_the_menu_marks_the_job_board_while_a_posting_is_read(
    client, board, open_posting, organisation_index
):
    Page.objects.filter(pk__in=[board.pk, organisation_index.pk]).update(show_in_menus=True)

    html = client.get(open_posting.url).content.decode()

    menu = html.split(MENU)[1].split("</nav>")[0]
    assert f'href="{board.url}" aria-current="true"' in menu
    assert f'href="{organisation_index.url}">' in menu
