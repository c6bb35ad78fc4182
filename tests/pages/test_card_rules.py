"""The rules behind cards and detail pages, without HTTP: days left, the active filters'
count and which "back to results" paths are accepted."""

import datetime

from django.http import QueryDict
from django.utils import translation

import pytest

from pages.deadlines import days_left, days_left_text
from pages.listing import active_filter_count
from pages.templatetags.card_tags import safe_back_path

TODAY = datetime.date(2026, 12, 1)


@pytest.mark.parametrize(
    ("deadline", "days"),
    [(TODAY, 0), (TODAY + datetime.timedelta(days=5), 5), (TODAY - datetime.timedelta(days=2), -2)],
)
def test_days_left_counts_whole_days_to_the_deadline(deadline, days):
    assert days_left(deadline_date=deadline, today=TODAY) == days


@pytest.mark.parametrize(
    ("days", "polish"),
    [
        (1, "1 dzień do końca"),
        (2, "2 dni do końca"),
        (5, "5 dni do końca"),
        (22, "22 dni do końca"),
        (0, "Ostatni dzień"),
        (-1, "Zamknięte"),
    ],
)
def test_days_left_reads_in_polish_with_its_plural_forms(days, polish):
    deadline = TODAY + datetime.timedelta(days=days)

    with translation.override("pl"):
        text = days_left_text(deadline_date=deadline, today=TODAY)

    assert text == polish


def test_the_filter_count_counts_each_set_filter_once_and_ignores_page_sort_and_keywords():
    query = QueryDict("city=Kraków&radius=10&remote=&sort=salary&page=2&q=księgowa&skill=a&skill=b")
    fields = ["city", "radius", "remote", "sort", "page", "q", "skill"]

    assert active_filter_count(query, fields=fields) == 3


@pytest.mark.parametrize(
    ("back", "accepted"),
    [
        ("/praca/?city=Krak%C3%B3w", True),
        ("/praca/", True),
        ("/wolontariat/?city=Krak%C3%B3w", False),
        ("https://evil.example/praca/", False),
        ("//evil.example/praca/", False),
        ("/\\evil.example/praca/", False),
        ("javascript:alert(1)", False),
        ("", False),
        ("/praca/?" + "a" * 2000, False),
    ],
)
def test_back_to_results_accepts_only_a_path_below_the_listing(back, accepted):
    assert (safe_back_path(back, listing_path="/praca/") == back) is accepted
