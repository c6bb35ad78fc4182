"""What a filter select with 100 options costs to render, three ways.

    .venv/bin/python benchmarks/select_options.py

`pages.templatetags.siec_tags.select_options` (escaped values joined into one marked-safe
string, what the listings use), the same through `format_html_join`, and Django's Select
widget template (what `{{ field }}` renders). The figure is why the tag keeps its mark_safe.
"""

import os
import sys
import timeit
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")

import django

django.setup()

from django import forms  # noqa: E402
from django.utils.html import format_html_join  # noqa: E402
from django.utils.safestring import mark_safe  # noqa: E402

from pages.templatetags.siec_tags import select_options  # noqa: E402

SELECTED = mark_safe(" selected")


class FilterForm(forms.Form):
    category = forms.ChoiceField(
        choices=[("", ""), *((f"kategoria-{n}", f"Kategoria {n} & co") for n in range(100))]
    )


def with_format_html_join(bound_field):
    selected = str(bound_field.value() or "")
    return format_html_join(
        "",
        '<option value="{}"{}>{}</option>',
        (
            (choice, SELECTED if str(choice) == selected else "", label)
            for choice, label in bound_field.field.choices
        ),
    )


def per_call_ms(function, number: int) -> float:
    return min(timeit.repeat(function, number=number, repeat=5)) / number * 1000


def main():
    field = FilterForm(data={"category": "kategoria-50"})["category"]
    assert str(select_options(field)) == str(with_format_html_join(field))
    rows = [
        ("select_options (mark_safe of escaped parts)", lambda: select_options(field), 500),
        ("format_html_join", lambda: with_format_html_join(field), 500),
        ("Django's Select widget template", lambda: str(field), 50),
    ]
    print("100 options, ms per select (best of 5)")
    for label, function, number in rows:
        print(f"  {label:45} {per_call_ms(function, number):7.2f}")


if __name__ == "__main__":
    main()
