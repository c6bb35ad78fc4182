"""Links an editor types into rich text: what the Draftail editor posts is converted to the
stored format by the same converter the admin uses, and a `javascript:` or `data:` link never
survives it, so it cannot reach a public page."""

import json

from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.rich_text import expand_db_html

import pytest

from pages.blocks import BodyBlock

HOSTILE_URLS = [
    "javascript:alert('xss-7')",
    " JaVaScRiPt:alert('xss-8')",
    "java\tscript:alert('xss-9')",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
]


def contentstate_with_link(url: str) -> str:
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "a1b2c",
                    "type": "unstyled",
                    "depth": 0,
                    "text": "Kliknij tutaj",
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": 13, "key": 0}],
                    "data": {},
                }
            ],
            "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": url}}},
        }
    )


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_a_hostile_link_from_the_editor_is_dropped(url):
    features = BodyBlock().child_blocks["paragraph"].features

    stored = ContentstateConverter(features).to_database_format(contentstate_with_link(url))
    rendered = expand_db_html(stored).lower()

    assert "kliknij tutaj" in rendered
    assert "script:" not in rendered.replace("\t", "")
    assert "data:" not in rendered


def test_an_ordinary_link_from_the_editor_is_kept():
    features = BodyBlock().child_blocks["paragraph"].features

    stored = ContentstateConverter(features).to_database_format(
        contentstate_with_link("https://mik.krakow.pl/")
    )

    assert 'href="https://mik.krakow.pl/"' in expand_db_html(stored)
