from django.utils import translation

import pytest

from pages.blocks import MilestoneBlock


@pytest.mark.parametrize(
    ("language", "month", "label"),
    [("pl", "3", "marzec 2009"), ("en", "3", "March 2009"), ("pl", "", "2009")],
)
def test_a_milestone_is_dated_by_its_month_named_in_the_reader_language(language, month, label):
    value = MilestoneBlock().to_python({"year": 2009, "month": month, "title": "Sieć", "text": ""})

    with translation.override(language):
        period = value.period_label()

    assert period == label


def test_an_editor_picks_a_milestone_month_from_all_twelve_in_calendar_order():
    choices = MilestoneBlock().child_blocks["month"].field.choices

    with translation.override("pl"):
        names = [str(name) for value, name in choices if value]

    assert names[0] == "styczeń" and names[11] == "grudzień" and len(names) == 12
