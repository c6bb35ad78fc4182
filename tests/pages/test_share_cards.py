"""Share cards: a PNG per page revision, drawn with Pillow, cached for good."""

from io import BytesIO

from django.contrib.auth.models import Group
from django.core.files.storage import default_storage

from wagtail.models import PageViewRestriction

import pytest
from PIL import Image

from pages import share_cards
from pages.factories import ConferencePageFactory, ContentPageFactory
from pages.models import EventKind
from pages.share_cards import card_content, card_path

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(organisation, published):
    return published(
        ConferencePageFactory(parent=organisation, title="Żółta łódź: warsztaty", kind="WORKSHOP")
    )


@pytest.fixture(autouse=True)
def _no_stored_cards():
    yield
    for name in (
        default_storage.listdir("share-cards")[1] if default_storage.exists("share-cards") else []
    ):
        default_storage.delete(f"share-cards/{name}")


def test_a_share_card_is_a_1200_by_630_png_that_edge_caches_may_keep_for_good(client, event):
    response = client.get(card_path(event))

    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["Cache-Control"] == "public, max-age=31536000, immutable"
    assert Image.open(BytesIO(response.content)).size == (1200, 630)


def test_a_card_is_drawn_once_per_revision_and_a_new_revision_gets_a_new_url(
    client, event, published, monkeypatch
):
    drawn = []
    real_render = share_cards.render
    monkeypatch.setattr(
        share_cards, "render", lambda content: drawn.append(content) or real_render(content)
    )
    first_url = card_path(event)

    client.get(first_url)
    client.get(first_url)
    event.title = "Nowy tytuł"
    published(event)
    second_url = card_path(event)
    client.get(second_url)

    assert second_url != first_url
    assert [content.title for content in drawn] == ["Żółta łódź: warsztaty", "Nowy tytuł"]


def test_an_older_revisions_card_leads_to_the_current_card(client, event, published):
    old_url = card_path(event)
    event.title = "Nowy tytuł"
    published(event)

    response = client.get(old_url)

    assert response.status_code == 302
    assert response["Location"] == card_path(event)


def test_a_draft_or_private_page_has_no_card(client, organisation, event):
    draft = ConferencePageFactory(parent=organisation, live=False)
    PageViewRestriction.objects.create(
        page=event, restriction_type=PageViewRestriction.GROUPS
    ).groups.add(Group.objects.create(name="Zarząd"))

    assert client.get(card_path(draft)).status_code == 404
    assert client.get(card_path(event)).status_code == 404


def test_a_card_says_the_kind_in_the_pages_language_and_names_the_organisation(event):
    content = card_content(event, network="Sieć")

    assert content.kind == "Warsztat"
    assert content.organisation == "Fundacja Alfa"
    assert event.kind == EventKind.WORKSHOP


def test_a_page_outside_any_organisation_names_only_the_network(home):
    page = ContentPageFactory(parent=home, title="O sieci")

    content = card_content(page, network="Sieć")

    assert (content.kind, content.organisation, content.network) == ("Artykuł", "", "Sieć")
    assert Image.open(BytesIO(share_cards.render(content))).size == (1200, 630)


def test_the_card_shows_the_organisations_logo(client, organisation, event, logo):
    organisation.logo = logo
    organisation.save()

    card = Image.open(BytesIO(client.get(card_path(event)).content)).convert("RGB")

    logo_centre = (1200 - 80 - 75, 630 - 60 - 75)
    assert card.getpixel(logo_centre) == (166, 28, 0)


def test_a_card_is_drawn_with_pillows_own_font_where_dejavu_is_missing(
    event, monkeypatch, tmp_path, caplog
):
    monkeypatch.setattr(share_cards, "FONT_DIRECTORY", tmp_path)
    share_cards.font.cache_clear()

    content = card_content(event, network="Sieć")
    png = share_cards.render(content)
    share_cards.font.cache_clear()

    assert Image.open(BytesIO(png)).size == (1200, 630)
    assert "using Pillow's default font" in caplog.text
    # Its letters have no Polish diacritics: the words are spelled without them.
    assert share_cards.legible(content).title == "Zolta lodz: warsztaty"
