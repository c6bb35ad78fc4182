"""What the edge may keep (pages.edge): anonymous public pages are public with s-maxage;
anything with a form, a session, a signed-in user, a POST, the admin or a preview is private
and never stored, whatever page it is."""

from django.http import HttpResponse
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

import pytest

from pages.edge import edge_cache_headers, is_personal

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("_edge_on")]


@pytest.fixture
def _edge_on(settings):
    settings.EDGE_CACHE_SECONDS = 300
    settings.EDGE_BROWSER_SECONDS = 30


def directives(response) -> set[str]:
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part}


def is_public(response) -> bool:
    return {"public", "s-maxage=300", "max-age=30"} <= directives(response) and not (
        {"private", "no-store"} & directives(response)
    )


def is_private(response) -> bool:
    return {"private", "no-store"} <= directives(response) and "public" not in directives(response)


def test_anonymous_home_board_and_organisation_pages_are_public(client, translated_network):
    from jobs.factories import JobBoardPageFactory

    board = JobBoardPageFactory(parent=translated_network.home)
    pages = [translated_network.home, board, translated_network.organisation]

    responses = [client.get(page.url) for page in pages]

    assert [response.status_code for response in responses] == [200, 200, 200]
    assert all(is_public(response) for response in responses), [
        response["Cache-Control"] for response in responses
    ]
    assert all(not response.cookies for response in responses)


def test_a_filtered_listing_and_its_feed_are_public(client, translated_network):
    from jobs.factories import JobBoardPageFactory

    board = JobBoardPageFactory(parent=translated_network.home)

    listing = client.get(board.url + "?sort=newest")
    feed = client.get(board.url + "rss/")

    assert is_public(listing)
    assert is_public(feed)


def test_sitemap_and_robots_are_public(client, translated_network):
    responses = [client.get("/sitemap.xml"), client.get("/robots.txt")]

    assert all(is_public(response) for response in responses)


def test_a_missing_page_is_public_so_the_edge_absorbs_probes(client, translated_network):
    response = client.get("/nie-ma-takiej-strony/")

    assert response.status_code == 404
    assert is_public(response)


def test_a_page_with_a_form_is_private(client, translated_network):
    # The form's CSRF token sets a cookie; the rule is about that, not about the page, so
    # detail pages that still carry a form inline are private and those without are public.
    with translation.override("pl"):
        response = client.get(reverse("volunteering:register"))

    assert "csrftoken" in response.cookies
    assert is_private(response)


def test_any_page_for_a_signed_in_editor_is_private(client, translated_network, admin_user):
    client.force_login(admin_user)

    response = client.get(translated_network.home.url)

    assert response.status_code == 200
    assert is_private(response)


def test_a_visitor_with_a_session_cookie_gets_private_pages(client, translated_network):
    client.cookies["sessionid"] = "whatever-it-holds"

    response = client.get(translated_network.home.url)

    assert is_private(response)


def test_a_post_answer_is_private(client, translated_network):
    response = client.post(translated_network.home.url, {})

    assert is_private(response)


def test_the_admin_is_private(client, admin_user):
    client.force_login(admin_user)

    response = client.get("/admin/")

    assert is_private(response)


def test_the_sign_in_page_is_private(client, db):
    response = client.get("/admin/login/")

    assert is_private(response)


def test_a_preview_is_private(rf, db):
    request = rf.get("/")
    request.session = type("Session", (), {"modified": False, "accessed": False})()
    request.is_preview = True

    assert is_personal(request, HttpResponse("draft"))


def test_without_the_session_middleware_nothing_is_shared(rf):
    assert is_personal(rf.get("/"), HttpResponse("?"))


def test_a_view_that_sets_its_own_cache_control_keeps_it(client, translated_network):
    request = client.get(translated_network.home.url).wsgi_request
    own = HttpResponse("card")
    own["Cache-Control"] = "public, max-age=31536000, immutable"

    edge_cache_headers(request, own, edge_seconds=300, browser_seconds=30)

    assert own["Cache-Control"] == "public, max-age=31536000, immutable"


@override_settings(EDGE_CACHE_SECONDS=0)
def test_without_an_edge_public_pages_are_left_as_they_were(client, translated_network):
    response = client.get(translated_network.home.url)

    assert "Cache-Control" not in response
