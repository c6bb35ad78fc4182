"""Every absolute link the site sends out follows the default Site, which `apply_site_url`
sets from SITE_URL exactly as `make run` does; here the site "moves" to port 8123."""

import json
import re
import xml.etree.ElementTree as ET

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from wagtail.models import Site

import pytest

from pages.notifications import absolute_url
from pages.site_url import site_root_url
from tests.search.conftest import run_tasks
from volunteering.notifications import send_confirmation
from volunteering.services import export_volunteer

pytestmark = pytest.mark.django_db

BASE = "http://127.0.0.1:8123"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture
def network(translated_network, settings):
    settings.SITE_URL = BASE
    call_command("apply_site_url", verbosity=0)
    return translated_network


def parse_xml(content: bytes) -> ET.Element:
    return ET.fromstring(content)  # noqa: S314 – the site's own output, not untrusted input


def links_in(text: str) -> list[str]:
    return re.findall(r"https?://[^\s\"'<>]+", text)


def hreflang_urls(html: str) -> list[str]:
    return re.findall(r'<link rel="alternate" hreflang="[^"]+" href="([^"]+)"', html)


def json_ld_urls(html: str) -> list[str]:
    found = []

    def walk(value):
        if isinstance(value, dict):
            found.extend(v for k, v in value.items() if k in {"url", "@id"} and isinstance(v, str))
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        walk(json.loads(block))
    return found


def test_apply_site_url_writes_the_address_into_the_default_site(network):
    site = Site.objects.get(is_default_site=True)

    assert (site.hostname, site.port) == ("127.0.0.1", 8123)
    assert site_root_url() == BASE
    assert absolute_url("/szukaj/") == f"{BASE}/szukaj/"


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://example.org", "must be http://host[:port] or https://host"),
        ("https://example.org:8443", "an https address must use port 443"),
        ("http://example.org/siec/", "without a path or query"),
        ("example.org", "must be http://host[:port] or https://host"),
    ],
)
def test_apply_site_url_refuses_an_address_a_site_cannot_hold(home, url, reason):
    with pytest.raises(CommandError, match=re.escape(reason)):
        call_command("apply_site_url", url, verbosity=0)

    assert Site.objects.get(is_default_site=True).port == 80


def test_conference_registration_email_links_to_the_site_address(
    client, network, django_capture_on_commit_callbacks
):
    conference = network.conference

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            conference.url + "rejestracja/",
            {"name": "Anna Żółkiewska", "email": "anna@example.org", "consent": "on"},
        )
    run_tasks()  # the worker books the place and sends the confirmation

    (message,) = mail.outbox
    assert f"{BASE}{conference.url}" in message.body
    assert all(link.startswith(f"{BASE}/") for link in links_in(message.body))


def test_job_application_email_links_to_the_site_address(
    client, network, django_capture_on_commit_callbacks
):
    posting = network.posting

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            posting.url + "aplikuj/",
            {
                "name": "Zofia Wójcik",
                "email": "zofia@example.org",
                "cover_letter": "Dzień dobry.",
                "consent": "on",
                "cv": SimpleUploadedFile("cv.pdf", PDF, content_type="application/pdf"),
            },
        )

    (received,) = [message for message in mail.outbox if message.to == ["zofia@example.org"]]
    assert f"{BASE}{posting.url}" in received.body
    assert all(link.startswith(f"{BASE}/") for link in links_in(received.body))


def test_volunteer_registration_email_links_to_the_site_address(
    network, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        send_confirmation(network.volunteer)

    (message,) = mail.outbox
    assert links_in(message.body)
    assert all(link.startswith(f"{BASE}/") for link in links_in(message.body))


def test_calendar_file_carries_the_site_address_in_url_and_uid(client, network):
    conference = network.conference

    ics = client.get(conference.url + "kalendarz/").content.decode()

    assert f"URL:{BASE}{conference.url}\r\n" in ics
    assert f"UID:{conference.translation_key}@127.0.0.1\r\n" in ics


def test_sitemaps_and_robots_point_at_the_site_address(client, network):
    index = parse_xml(client.get("/sitemap.xml").content)
    sections = [loc.text for loc in index.iter(f"{SITEMAP}loc")]
    robots = client.get("/robots.txt").content.decode()

    assert sections == [f"{BASE}/sitemap-pl.xml", f"{BASE}/sitemap-en.xml"]
    for section in sections:
        urlset = parse_xml(client.get(section.removeprefix(BASE)).content)
        locations = [loc.text for loc in urlset.iter(f"{SITEMAP}loc")]
        alternates = [link.get("href") for link in urlset.iter(f"{XHTML}link")]
        assert locations and alternates
        assert all(url.startswith(f"{BASE}/") for url in locations + alternates)
    assert f"Sitemap: {BASE}/sitemap-pl.xml\n" in robots
    assert f"Sitemap: {BASE}/sitemap-en.xml\n" in robots


@pytest.mark.parametrize("name", ["organisation", "conference", "posting", "offer"])
def test_hreflang_in_the_head_points_at_the_site_address(client, network, name):
    page = getattr(network, name)

    html = client.get(page.url).content.decode()

    assert f'hreflang="pl" href="{BASE}{page.url}"' in html
    assert hreflang_urls(html)
    assert all(url.startswith(f"{BASE}/") for url in hreflang_urls(html))


def test_hreflang_of_views_outside_the_page_tree_points_at_the_site_address(client, network):
    html = client.get("/szukaj/").content.decode()

    assert f'hreflang="en" href="{BASE}/en/search/"' in html
    assert all(url.startswith(f"{BASE}/") for url in hreflang_urls(html))


@pytest.mark.parametrize("name", ["conference", "posting", "offer"])
def test_structured_data_urls_point_at_the_site_address(client, network, name):
    page = getattr(network, name)

    urls = json_ld_urls(client.get(page.url).content.decode())

    assert f"{BASE}{page.url}" in urls
    assert not [url for url in urls if url.startswith("http://localhost")]


def test_volunteer_data_export_links_to_the_site_address(network):
    exported = export_volunteer(volunteer=network.volunteer, language_code="pl")

    assert [item["offer_url"] for item in exported["interests"]] == [f"{BASE}{network.offer.url}"]
