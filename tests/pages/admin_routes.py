"""Every admin URL of the running configuration, with B's ids filled in, for the permission
matrix and the organisation-scope sweep.

Routes come from the URL resolver, so a new admin view is covered without touching the tests.
Regex routes (the admin API, revision comparison) are turned into the same `<name>` form as
path routes so that they are filled like the others.
"""

import re

from django.urls import URLPattern, URLResolver, get_resolver

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision
from wagtail_localize.models import Translation

MARKER = "Betaxyzunikat"
PLUGIN_RECORD_NAMESPACES = ("event_registrations", "job_applications", "volunteer_interests")
SKIPPED_ROUTES = {
    # Logging out would end the session the rest of the requests rely on.
    "wagtailadmin_logout",
    # Wagtail's deliberate "does error reporting work?" view raises on purpose.
    "wagtailadmin_error_test",
}
OWNED_NAMES = {
    "page_id",
    "parent_page_id",
    "page_to_move_id",
    "page_pk",
    "revision_id",
    "image_id",
    "document_id",
    "doc_id",
    "collection_id",
    "translation_id",
    "translation_source_id",
    "object_id",
}


def _as_route(pattern) -> str:
    """A regex pattern as a path-style route: `^(?P<pk>\\d+)/$` becomes `<pk>/`."""
    text = str(pattern)
    if not (text.startswith("^") or text.endswith("$") or "(?P<" in text):
        return text
    text = re.sub(r"\(\?P<(\w+)>[^)]*\)", r"<\1>", text.lstrip("^").rstrip("$"))
    return text.replace("\\.", ".").replace(".*", "x")


def admin_routes():
    def walk(patterns, prefix="", namespace=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = namespace + (f"{pattern.namespace}:" if pattern.namespace else "")
                yield from walk(pattern.url_patterns, prefix + _as_route(pattern.pattern), inner)
            elif isinstance(pattern, URLPattern):
                yield prefix + _as_route(pattern.pattern), namespace, pattern

    for route, namespace, pattern in walk(get_resolver().url_patterns):
        if route.startswith("admin/") and f"{namespace}{pattern.name}" not in SKIPPED_ROUTES:
            yield route, namespace, pattern


def route_names(route: str) -> list[tuple[str, str]]:
    return re.findall(r"<(?:(\w+):)?(\w+)>", route)


def kwargs_for(route: str, namespace: str, world) -> dict:
    names = route_names(route)
    page = world["page"]
    by_name = {
        "page_id": page.pk,
        "parent_page_id": page.pk,
        "page_to_move_id": world["programme"].pk,
        "destination_id": page.pk,
        "page_pk": page.pk,
        "revision_id": world["revision"].pk,
        "revision_id_a": world["revision"].pk,
        "revision_id_b": world["revision"].pk,
        "image_id": world["image"].pk,
        "document_id": world["document"].pk,
        "doc_id": world["document"].pk,
        "collection_id": world["collection"].pk,
        "translation_id": world["translation"].pk,
        "translation_source_id": world["source"].pk,
        "content_type_app_name": "pages",
        "content_type_model_name": "programmepage",
        "filter_spec": "original",
    }
    if plugin_page := world["page_by_namespace"].get(namespace.rstrip(":")):
        by_name["page_id"] = plugin_page.pk
    if "pk" in {n for _c, n in names}:
        if namespace.startswith(("wagtailadmin_pages", "wagtailadmin_explore")):
            by_name["pk"] = page.pk
        elif namespace.startswith(("wagtailimages", "wagtailadmin_api:images")):
            by_name["pk"] = world["image"].pk
        elif namespace.startswith(("wagtaildocs", "wagtailadmin_api:documents")):
            by_name["pk"] = world["document"].pk
        elif namespace.startswith("wagtailadmin_api:pages"):
            by_name["pk"] = page.pk
        elif namespace.rstrip(":") in world["by_namespace"]:
            by_name["pk"] = world["by_namespace"][namespace.rstrip(":")].pk
        elif namespace.startswith("wagtailadmin_collections"):
            by_name["pk"] = world["collection"].pk
    if "object_id" in {n for _c, n in names}:
        by_name.update(app_label="wagtailcore", model_name="page", object_id=page.pk)
    kwargs = {}
    for converter, name in names:
        if name in by_name:
            kwargs[name] = by_name[name]
        else:
            numeric = converter == "int" or name == "pk" or name.endswith("_id")
            kwargs[name] = 1 if numeric else "x"
    return kwargs


def fill(route: str, kwargs: dict) -> str:
    return "/" + re.sub(r"<(?:\w+:)?(\w+)>", lambda m: str(kwargs[m.group(1)]), route)


def names_organisation_b(route: str, namespace: str) -> bool:
    names = {name for _converter, name in route_names(route)}
    if names & OWNED_NAMES:
        return True
    return "pk" in names and namespace.startswith(
        (
            "wagtailadmin_pages",
            "wagtailimages",
            "wagtaildocs",
            "wagtailadmin_collections",
            "wagtailadmin_api",
            *PLUGIN_RECORD_NAMESPACES,
        )
    )


def snapshot_of_organisation_b(world) -> dict:
    """Every row of B an editor of A could try to change, as plain values."""
    pages = Page.objects.descendant_of(world["page"], inclusive=True)
    return {
        "pages": sorted(pages.values_list("pk", "title", "live", "path", "locked", "owner_id")),
        "revisions": Revision.page_revisions.filter(
            object_id__in=[str(pk) for pk in pages.values_list("pk", flat=True)]
        ).count(),
        "image": list(
            get_image_model()
            .objects.filter(pk=world["image"].pk)
            .values_list("title", "file", "collection_id")
        ),
        "image_tags": sorted(world["image"].tags.names()),
        "document": list(
            get_document_model()
            .objects.filter(pk=world["document"].pk)
            .values_list("title", "file", "collection_id")
        ),
        "document_tags": sorted(world["document"].tags.names()),
        "collection": list(
            type(world["collection"])
            .objects.filter(pk=world["collection"].pk)
            .values_list("name", "path")
        ),
        "translation": Translation.objects.filter(pk=world["translation"].pk).exists(),
        "records": {
            namespace: list(
                type(record)
                .objects.filter(pk=record.pk)
                .values_list(*[f.attname for f in type(record)._meta.concrete_fields])
            )
            for namespace, record in world["by_namespace"].items()
        },
        "b_editor": list(
            type(world["b_editor"])
            .objects.filter(pk=world["b_editor"].pk)
            .values_list("email", "is_active", "is_superuser", "password", "first_name")
        ),
        "b_editor_groups": sorted(world["b_editor"].groups.values_list("pk", flat=True)),
    }
