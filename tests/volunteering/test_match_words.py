"""A match in words, not a debug print: a label and a percentage in the page's language, the
home town named instead of "0,0 km", and offers under the threshold set apart."""

from django.utils import translation

import pytest

from volunteering.explain import distance_words, match_summary, split_by_fit


@pytest.mark.parametrize(
    ("language", "score", "expected"),
    [
        ("pl", 0.9, "Bardzo dobre dopasowanie · 90 %"),
        ("en", 0.9, "Very good match · 90%"),
        ("pl", 0.65, "Dobre dopasowanie · 65 %"),
        ("en", 0.45, "Partial match · 45%"),
        ("en", 0.16, "Weak match · 16%"),
    ],
)
def test_a_score_reads_as_a_label_and_a_percentage(language, score, expected):
    with translation.override(language):
        assert match_summary(score) == expected


def test_the_home_town_is_named_instead_of_zero_kilometres():
    with translation.override("pl"):
        assert distance_words(0.0) == "w Twojej miejscowości"
        assert distance_words(4.24) == "4,2 km stąd"
    with translation.override("en"):
        assert distance_words(0.3) == "in your town"


def test_offers_below_the_threshold_are_set_apart_in_their_order():
    class Item:
        def __init__(self, score):
            self.match = type("M", (), {"score": score})()

    items = [Item(0.9), Item(0.55), Item(0.16), Item(0.5)]

    fit, also = split_by_fit(items, threshold=0.5)

    assert [item.match.score for item in fit] == [0.9, 0.55, 0.5]
    assert [item.match.score for item in also] == [0.16]
