"""The organisation-scope sweep: every admin URL, with and without ids, with B's ids in the
path and in the query string, the admin API, the bulk-action confirmation pages and the
CSV/XLSX exports. As the editor of A, no response body names anything of B (titles, file
names, e-mail addresses) and no request changes any of B's rows.

The routes come from the URL configuration (tests/pages/admin_routes.py), so a new admin view,
bulk action or API endpoint is swept without touching this file.
"""

import io
import json
import zipfile
from urllib.parse import urlencode

from django.apps import apps

from wagtail.admin.views.bulk_action.registry import bulk_action_registry

import pytest

from tests.pages.admin_routes import (
    admin_routes,
    fill,
    kwargs_for,
    snapshot_of_organisation_b,
)

pytestmark = pytest.mark.django_db


def ids_of_organisation_b(world) -> list[int]:
    """B's primary keys of every kind: a view that reads `?id=` finds B's object among them
    whichever model it looks them up in."""
    ids = {
        world["page"].pk,
        world["programme"].pk,
        world["conference"].pk,
        world["image"].pk,
        world["document"].pk,
        world["collection"].pk,
        world["b_editor"].pk,
        *(record.pk for record in world["by_namespace"].values()),
        *(page.pk for page in world["page_by_namespace"].values()),
    }
    return sorted(ids)


def query_strings(world, *, listing: bool) -> list[str]:
    """B's ids under every name Wagtail's listings, choosers, the admin API and our filters
    read one from; the exports only for listings (a route without ids)."""
    page, collection = world["page"].pk, world["collection"].pk
    ids = ids_of_organisation_b(world)
    names = {
        **dict.fromkeys(("parent", "child_of", "descendant_of", "page_id", "parent_page_id"), page),
        "collection_id": collection,
        "collection": collection,
        "conference": world["conference"].pk,
        "owner": world["b_editor"].pk,
    }
    if application := world["by_namespace"].get("job_applications"):
        names["posting"] = application.posting_id
    if interest := world["by_namespace"].get("volunteer_interests"):
        names["offer"] = interest.offer_id
    queries = [
        "?" + urlencode([("id", pk) for pk in ids]),
        "?" + urlencode([("id", "all"), ("childOf", page)]),
        "?" + urlencode(names),
    ]
    return queries + (["?export=csv", "?export=xlsx"] if listing else [])


def bulk_action_urls(world) -> list[str]:
    """Every registered bulk action, for the model it acts on, with B's ids."""
    ids = urlencode([("id", pk) for pk in ids_of_organisation_b(world)])
    urls = []
    for model in apps.get_models():
        meta = model._meta
        for action in bulk_action_registry.get_bulk_actions_for_model(
            meta.app_label, meta.model_name
        ):
            urls.append(f"/admin/bulk/{meta.app_label}/{meta.model_name}/{action.action_type}/")
            urls.append(urls[-1] + "?" + ids)
    return urls


def body_of(response) -> str:
    raw = b"".join(response.streaming_content) if response.streaming else response.content
    if raw.startswith(b"PK\x03\x04"):  # an XLSX export: the text is inside the archive
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            raw = b"".join(archive.read(name) for name in archive.namelist())
    return raw.decode(errors="replace")


def names_of_organisation_b(world) -> list[str]:
    # As they appear in HTML, and as JSON writes them (non-ASCII as \u escapes).
    return [form for title in world["titles"] for form in {title, json.dumps(title)[1:-1]}]


def test_no_admin_url_with_any_query_names_organisation_b(client, world):
    client.raise_request_exception = False
    client.force_login(world["editor"])
    names = names_of_organisation_b(world)
    # Path ids alone (no query string) are the permission matrix's part.
    urls = [
        fill(route, kwargs_for(route, namespace, world)) + query
        for route, namespace, _pattern in admin_routes()
        for query in query_strings(world, listing="<" not in route)
    ]
    leaks = []

    for url in [*urls, *bulk_action_urls(world)]:
        response = client.get(url)
        body = body_of(response)
        if response.status_code >= 500 or any(name in body for name in names):
            leaks.append(f"{response.status_code} {url}")

    assert len(urls) > 1000
    assert leaks == [], "\n".join(leaks)


def test_no_admin_post_with_ids_of_organisation_b_changes_it(client, world):
    """POST every admin URL with B's ids in the query string and B's objects in the form:
    bulk delete, move, publish, tag and collection changes, status changes, API actions."""
    client.raise_request_exception = False
    client.force_login(world["editor"])
    before = snapshot_of_organisation_b(world)
    ids = urlencode([("id", pk) for pk in ids_of_organisation_b(world)])
    data = {
        "title": "Przejęte",
        "slug": "przejete",
        "new_title": "X",
        # Wagtail's external-link chooser answers 500 to a post without a URL.
        "external-link-chooser-url": "https://example.org/",
        "tags": "przejete",
        "collection": world["own_collection"].pk,
        "move_applicable": "True",
        "chooser": world["page"].pk,
        "status": "rejected",
        "is_active": "",
        "role": "",
    }
    errors, posted = [], 0

    for url in bulk_action_urls(world) + [
        fill(route, kwargs_for(route, namespace, world)) + "?" + ids
        for route, namespace, _pattern in admin_routes()
    ]:
        response = client.post(url, data)
        posted += 1
        if response.status_code >= 500:
            errors.append(f"{response.status_code} {url}")

    assert posted > 300
    assert errors == [], "\n".join(errors)
    assert snapshot_of_organisation_b(world) == before
