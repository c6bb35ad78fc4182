"""Generated covers and monograms: drawn once per content, stored under its hash."""

from io import BytesIO

from django.core.cache import cache
from django.core.files.storage import default_storage

import pytest
from PIL import Image

from pages.covers import COVER_SIZE, MONOGRAM_SIZE, cover_url, initials, monogram_url
from pages.directory import OrganisationEntry
from pages.logos import organisation_logo_url


def stored_image(url: str) -> Image.Image:
    name = url.removeprefix(default_storage.base_url)
    with default_storage.open(name) as file:
        return Image.open(BytesIO(file.read()))


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def test_a_cover_is_a_stored_webp_named_by_what_it_is_drawn_from():
    url = cover_url(kind="job", title="Księgowy / Księgowa")

    image = stored_image(url)

    assert url.endswith(".webp") and "/covers/" in url
    assert image.format == "WEBP" and image.size == COVER_SIZE


def test_the_same_title_gives_the_same_cover_and_another_title_another():
    first = cover_url(kind="job", title="Księgowy / Księgowa")
    cache.clear()

    again = cover_url(kind="job", title="Księgowy / Księgowa")
    other = cover_url(kind="job", title="Dyrektor / Dyrektorka")
    other_kind = cover_url(kind="event", title="Księgowy / Księgowa")

    assert again == first
    assert len({first, other, other_kind}) == 3


def test_a_cover_drawn_once_is_not_drawn_again(monkeypatch):
    cover_url(kind="volunteer", title="Warsztaty z seniorami")
    cache.clear()
    monkeypatch.setattr("pages.covers._draw_cover", lambda *args: pytest.fail("drawn again"))

    url = cover_url(kind="volunteer", title="Warsztaty z seniorami")

    assert url.endswith(".webp")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Fundacja Biuro Inicjatyw Społecznych", "FB"),
        ("Łódzkie Stowarzyszenie", "ŁS"),
        ("Kultura", "KU"),
        ("„Nasz Dom” 2000", "ND"),
        ("2000", "?"),
    ],
)
def test_a_monogram_takes_the_first_letters_of_the_first_two_words(name, expected):
    assert initials(name) == expected


def test_an_organisation_without_a_logo_gets_a_generated_monogram():
    entry = OrganisationEntry(
        pk=1, path="0001", depth=3, title="Fundacja Test", short_name="", slug="t", url_path="/"
    )

    url = organisation_logo_url(entry)

    assert stored_image(url).size == (MONOGRAM_SIZE, MONOGRAM_SIZE)
    assert url == monogram_url(name="Fundacja Test")
