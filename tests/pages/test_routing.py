"""Pages are routed by Wagtail on every request: whatever the caches hold, a change to the tree
or to a view restriction is seen by the very next request."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, PageViewRestriction, Site

import pytest

pytestmark = pytest.mark.django_db


def test_renamed_page_is_not_served_at_its_old_path(client, organisation):
    old_url = organisation.url
    assert client.get(old_url).status_code == 200
    organisation.slug = "alfa-nowa"
    organisation.save()
    assert client.get(old_url).status_code == 404
    assert client.get(organisation.url).status_code == 200


def test_unpublished_page_is_not_served(client, organisation):
    assert client.get(organisation.url).status_code == 200
    url = organisation.url
    organisation.unpublish()
    assert client.get(url).status_code == 404


def test_moved_page_is_not_served_at_its_old_path(client, organisation, other_organisation):
    url = organisation.url
    assert client.get(url).status_code == 200
    organisation.move(other_organisation, pos="last-child")
    organisation.refresh_from_db()
    response = client.get(url)
    # Wagtail's redirects app sends the old address on to the new one.
    assert response.status_code == 301
    assert response["Location"] == organisation.url
    assert client.get(organisation.url).status_code == 200


def test_deleted_page_is_not_served(client, organisation):
    url = organisation.url
    assert client.get(url).status_code == 200
    organisation.delete()
    assert client.get(url).status_code == 404


def test_view_restriction_added_later_still_applies(client, organisation):
    assert client.get(organisation.url).status_code == 200
    PageViewRestriction.objects.create(page=organisation, restriction_type="login")
    response = client.get(organisation.url)
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_site_change_is_seen(client, organisation, home):
    assert client.get("/").status_code == 200
    Site.objects.filter(is_default_site=True).update(root_page=organisation)
    Site.objects.get(is_default_site=True).save()  # update() sends no signal; save() does
    response = client.get("/")
    assert response.status_code == 200
    assert response.context["page"].pk == organisation.pk


def test_a_page_right_below_the_home_is_routed_without_looking_its_path_up(
    client, organisation_index
):
    client.get(organisation_index.url)

    with CaptureQueriesContext(connection) as captured:
        response = client.get(organisation_index.url)

    assert response.status_code == 200
    assert not [query for query in captured if '"url_path" IN' in query["sql"]]


def test_a_page_renamed_behind_the_cached_map_is_routed_afresh(client, organisation_index):
    old_url = organisation_index.url
    assert client.get(old_url).status_code == 200
    new_path = organisation_index.url_path.replace("/organizacje/", "/czlonkowie/")

    # update() sends no signal: the cached map of the home's children still names the old slug.
    Page.objects.filter(pk=organisation_index.pk).update(slug="czlonkowie", url_path=new_path)

    assert client.get(old_url).status_code == 404
    assert client.get(old_url.replace("/organizacje/", "/czlonkowie/")).status_code == 200
