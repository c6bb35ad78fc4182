"""Sitemaps in both languages with their alternates, robots.txt, and hreflang with x-default
on every translated page, plugin routes and views outside the page tree included."""

import re
import xml.etree.ElementTree as ET

from django.core.files.uploadedfile import SimpleUploadedFile

import pytest

pytestmark = pytest.mark.django_db

ROOT = "http://localhost"
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"


def parse_xml(content: bytes) -> ET.Element:
    return ET.fromstring(content)  # noqa: S314 – the site's own output, not untrusted input


def sitemap_entries(client, path: str) -> dict[str, dict[str, str]]:
    """Each <loc> of the sitemap at `path` with its alternates by hreflang."""
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    urlset = parse_xml(response.content)
    assert urlset.tag == f"{{{SITEMAP_NS}}}urlset"
    return {
        url.findtext(f"{{{SITEMAP_NS}}}loc"): {
            link.get("hreflang"): link.get("href")
            for link in url.iter(f"{{{XHTML_NS}}}link")
            if link.get("rel") == "alternate"
        }
        for url in urlset.iter(f"{{{SITEMAP_NS}}}url")
    }


def head_alternates(html: str) -> dict[str, str]:
    head = html.split("</head>")[0]
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', head))


def test_the_sitemap_index_lists_one_sitemap_per_language(client, translated_network):
    response = client.get("/sitemap.xml")

    index = parse_xml(response.content)
    assert index.tag == f"{{{SITEMAP_NS}}}sitemapindex"
    assert [loc.text for loc in index.iter(f"{{{SITEMAP_NS}}}loc")] == [
        f"{ROOT}/sitemap-pl.xml",
        f"{ROOT}/sitemap-en.xml",
    ]


def test_english_pages_have_their_own_sitemap(client, translated_network):
    english = sitemap_entries(client, "/sitemap-en.xml")
    polish = sitemap_entries(client, "/sitemap-pl.xml")

    posting_en = translated_network.english[translated_network.posting.pk]
    assert f"{ROOT}{posting_en.url}" in english
    assert f"{ROOT}{translated_network.posting.url}" in polish
    assert all(location.startswith(f"{ROOT}/en/") for location in english)
    assert not [location for location in polish if location.startswith(f"{ROOT}/en/")]


@pytest.mark.parametrize("name", ["home", "organisation", "conference", "posting", "offer"])
def test_every_translated_page_lists_its_alternates_both_ways(client, translated_network, name):
    polish = getattr(translated_network, name)
    english = translated_network.english[polish.pk]
    expected = {
        "pl": f"{ROOT}{polish.url}",
        "en": f"{ROOT}{english.url}",
        "x-default": f"{ROOT}{polish.url}",
    }

    polish_entries = sitemap_entries(client, "/sitemap-pl.xml")
    english_entries = sitemap_entries(client, "/sitemap-en.xml")

    assert polish_entries[expected["pl"]] == expected
    assert english_entries[expected["en"]] == expected


def test_closed_postings_are_in_no_sitemap_in_any_language(client, translated_network):
    closed = translated_network.closed_posting
    closed_en = translated_network.english[closed.pk]

    listed = {
        url
        for path in ("/sitemap-pl.xml", "/sitemap-en.xml")
        for location, alternates in sitemap_entries(client, path).items()
        for url in [location, *alternates.values()]
    }

    assert f"{ROOT}{closed.url}" not in listed
    assert f"{ROOT}{closed_en.url}" not in listed
    assert f"{ROOT}{translated_network.posting.url}" in listed


def test_an_unknown_sitemap_section_is_a_404(client, translated_network):
    assert client.get("/sitemap-de.xml").status_code == 404


def test_robots_txt_names_the_sitemaps_and_keeps_crawlers_off_results_and_alerts(
    client, translated_network
):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    for path in (
        "/szukaj/?",
        "/en/search/?",
        "/szukaj/alerty/",
        "/en/search/alerts/",
        "/api/search/?",
    ):
        assert f"Disallow: {path}" in lines
    assert "Disallow: /szukaj/" not in lines  # the empty search page stays crawlable
    assert f"Sitemap: {ROOT}/sitemap-pl.xml" in lines
    assert f"Sitemap: {ROOT}/sitemap-en.xml" in lines


@pytest.mark.parametrize("name", ["home", "organisation", "conference", "posting", "offer"])
def test_every_translated_page_has_hreflang_with_x_default(client, translated_network, name):
    polish = getattr(translated_network, name)
    english = translated_network.english[polish.pk]
    expected = {
        "pl": f"{ROOT}{polish.url}",
        "en": f"{ROOT}{english.url}",
        "x-default": f"{ROOT}{polish.url}",
    }

    assert head_alternates(client.get(polish.url).content.decode()) == expected
    assert head_alternates(client.get(english.url).content.decode()) == expected


def test_a_job_application_page_links_its_route_in_each_language_in_hreflang(
    client, translated_network
):
    posting = translated_network.posting
    english = translated_network.english[posting.pk]

    response = client.post(
        posting.url + "aplikuj/",
        {"name": "", "cv": SimpleUploadedFile("cv.pdf", b"%PDF-1.4\n%%EOF\n")},
    )

    assert response.status_code == 400
    assert head_alternates(response.content.decode()) == {
        "pl": f"{ROOT}{posting.url}aplikuj/",
        "en": f"{ROOT}{english.url}apply/",
        "x-default": f"{ROOT}{posting.url}aplikuj/",
    }


def test_an_event_registration_page_links_its_route_in_each_language_in_hreflang(
    client, translated_network
):
    conference = translated_network.conference
    english = translated_network.english[conference.pk]

    response = client.post(english.url + "register/", {"name": ""})

    assert response.status_code == 400
    assert head_alternates(response.content.decode()) == {
        "pl": f"{ROOT}{conference.url}rejestracja/",
        "en": f"{ROOT}{english.url}register/",
        "x-default": f"{ROOT}{conference.url}rejestracja/",
    }


@pytest.mark.parametrize(
    ("polish", "english"),
    [("/szukaj/", "/en/search/"), ("/wolontariusz/rejestracja/", "/en/volunteer/register/")],
)
def test_plugin_views_outside_the_page_tree_have_hreflang_with_x_default(
    client, translated_network, polish, english
):
    expected = {"pl": f"{ROOT}{polish}", "en": f"{ROOT}{english}", "x-default": f"{ROOT}{polish}"}

    assert head_alternates(client.get(polish).content.decode()) == expected
    assert head_alternates(client.get(english).content.decode()) == expected


def test_the_language_switcher_on_a_form_route_stays_on_that_route(client, translated_network):
    posting = translated_network.posting
    english = translated_network.english[posting.pk]

    polish_form = client.get(posting.url + "aplikuj/").content.decode()
    english_form = client.get(english.url + "apply/").content.decode()

    switcher = 'class="language-switcher"'
    assert f'href="{english.url}apply/" hreflang="en"' in polish_form.split(switcher)[1]
    assert f'href="{posting.url}aplikuj/" hreflang="pl"' in english_form.split(switcher)[1]
