"""Editors of organisation A must never reach organisation B's pages, media or records.

The URLs are generated from the URL configuration: every admin route is requested with the
ids of B's objects filled in, so a new admin view is covered without touching this file.
"""

import re
from io import BytesIO

from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail_localize.models import Translation, TranslationSource

import pytest

from pages.demo.images import draw_logo
from pages.factories import ConferencePageFactory, ProgrammePageFactory
from pages.models import ConferenceRegistration, OrganisationWorkspace

pytestmark = pytest.mark.django_db

MARKER = "Betaxyzunikat"
PLUGIN_RECORD_NAMESPACES = ("event_registrations", "job_applications", "volunteer_interests")
SKIPPED_ROUTES = {
    # Logging out would end the session the rest of the requests rely on.
    "wagtailadmin_logout",
    # Wagtail's deliberate "does error reporting work?" view raises on purpose.
    "wagtailadmin_error_test",
}


def admin_routes():
    def walk(patterns, prefix="", namespace=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = namespace + (f"{pattern.namespace}:" if pattern.namespace else "")
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
            elif isinstance(pattern, URLPattern):
                yield prefix + str(pattern.pattern), namespace, pattern

    for route, namespace, pattern in walk(get_resolver().url_patterns):
        if route.startswith("admin/") and f"{namespace}{pattern.name}" not in SKIPPED_ROUTES:
            yield route, namespace, pattern


@pytest.fixture
def world(organisation, other_organisation, locales, django_user_model):
    programme = ProgrammePageFactory(parent=other_organisation, title=f"Program {MARKER}")
    conference = ConferencePageFactory(
        parent=other_organisation, title=f"Konferencja {MARKER}", with_form=True
    )
    registration = ConferenceRegistration.objects.create(
        conference=conference,
        name=f"Uczestnik {MARKER}",
        email="uczestnik@example.org",
        language_code="pl",
        consent_given_at=timezone.now(),
    )
    b_workspace = OrganisationWorkspace.objects.get(
        translation_key=other_organisation.translation_key
    )
    image = get_image_model().objects.create(
        title=f"Logo {MARKER}",
        collection=b_workspace.collection,
        file=ImageFile(BytesIO(draw_logo(initials="B", colour="#000000")), name="b.png"),
    )
    document = get_document_model().objects.create(
        title=f"Statut {MARKER}",
        collection=b_workspace.collection,
        file=ContentFile(b"%PDF-1.4 statut", name="statut.pdf"),
    )
    source, _ = TranslationSource.get_or_create_from_instance(other_organisation)
    translation = Translation.objects.create(source=source, target_locale=locales["en"])
    revision = other_organisation.save_revision()
    other_organisation.save_revision()

    # Records that plugins keep per organisation, by the admin namespace that lists them.
    by_namespace = {"event_registrations": registration}
    titles = []
    if apps.is_installed("jobs"):
        from django.core.files.uploadedfile import SimpleUploadedFile

        from jobs.factories import JobIndexPageFactory, JobPostingPageFactory
        from jobs.models import JobApplication

        posting = JobPostingPageFactory(
            parent=JobIndexPageFactory(parent=other_organisation),
            title=f"Księgowy / Księgowa {MARKER}",
        )
        by_namespace["job_applications"] = JobApplication.objects.create(
            posting=posting,
            name=f"Kandydatka {MARKER}",
            email="kandydatka@example.org",
            cv=SimpleUploadedFile("cv.pdf", b"%PDF-1.4"),
            cv_extension="pdf",
            language_code="pl",
            consent_given_at=timezone.now(),
        )
        titles += [posting.title, by_namespace["job_applications"].name]
    # Admin routes whose `page_id` means a plugin's page rather than any page.
    page_by_namespace = {}
    if apps.is_installed("volunteering"):
        from volunteering.factories import (
            VolunteerFactory,
            VolunteerIndexPageFactory,
            VolunteerOfferPageFactory,
        )
        from volunteering.models import Interest

        offer = VolunteerOfferPageFactory(
            parent=VolunteerIndexPageFactory(parent=other_organisation),
            title=f"Wolontariat {MARKER}",
        )
        volunteer = VolunteerFactory(name=f"Wolontariuszka {MARKER}", discoverable=True)
        by_namespace["volunteer_interests"] = Interest.objects.create(
            volunteer=volunteer, offer=offer, created_at=timezone.now()
        )
        page_by_namespace["volunteer_interests"] = offer
        titles += [offer.title, volunteer.name, volunteer.email]

    editor = django_user_model.objects.create_user("redaktor-a", "a@example.org", "pw")
    editor.groups.add(
        OrganisationWorkspace.objects.get(translation_key=organisation.translation_key).group
    )
    return {
        "titles": [
            other_organisation.title,
            programme.title,
            conference.title,
            registration.name,
            image.title,
            document.title,
            *titles,
        ],
        "by_namespace": by_namespace,
        "page_by_namespace": page_by_namespace,
        "page": other_organisation,
        "programme": programme,
        "conference": conference,
        "registration": registration,
        "image": image,
        "document": document,
        "collection": b_workspace.collection,
        "translation": translation,
        "source": source,
        "revision": revision,
        "editor": editor,
    }


def kwargs_for(route: str, namespace: str, world) -> dict:
    names = re.findall(r"<(?:(\w+):)?(\w+)>", route)
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
        elif namespace.startswith("wagtailimages"):
            by_name["pk"] = world["image"].pk
        elif namespace.startswith("wagtaildocs"):
            by_name["pk"] = world["document"].pk
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
    names = set(re.findall(r"<(?:\w+:)?(\w+)>", route))
    owned = {
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
    if names & owned:
        return True
    return "pk" in names and namespace.startswith(
        (
            "wagtailadmin_pages",
            "wagtailimages",
            "wagtaildocs",
            "wagtailadmin_collections",
            *PLUGIN_RECORD_NAMESPACES,
        )
    )


def test_no_admin_url_shows_organisation_b_to_an_editor_of_organisation_a(client, world):
    client.raise_request_exception = False
    client.force_login(world["editor"])
    leaks, allowed, checked = [], [], 0

    for route, namespace, _pattern in admin_routes():
        kwargs = kwargs_for(route, namespace, world)
        url = fill(route, kwargs)
        for query in ("", f"?q={MARKER}"):
            response = client.get(url + query)
            checked += 1
            body = response.content.decode(errors="replace") if not response.streaming else ""
            # The query itself is echoed back in search boxes; B's full titles must not be.
            if any(title in body for title in world["titles"]) or response.status_code >= 500:
                leaks.append(f"{response.status_code} {url}{query}")
            if names_organisation_b(route, namespace) and response.status_code == 200:
                allowed.append(f"{url}{query}")

    assert checked > 300
    assert leaks == [], "\n".join(leaks)
    assert allowed == [], "\n".join(allowed)


def test_the_editor_still_reaches_their_own_organisation(client, world, organisation):
    client.force_login(world["editor"])

    edit = client.get(f"/admin/pages/{organisation.pk}/edit/")
    explore = client.get(f"/admin/pages/{organisation.get_parent().pk}/", follow=True)

    assert edit.status_code == 200
    assert organisation.title in explore.content.decode()
    assert MARKER not in explore.content.decode()


def test_page_chooser_offers_own_pages_but_not_other_organisations(client, world, organisation):
    client.force_login(world["editor"])

    response = client.get(f"/admin/choose-page/{organisation.get_parent().pk}/")

    assert response.status_code == 200
    assert organisation.title in response.content.decode()
    assert MARKER not in response.content.decode()


def test_an_editor_sees_only_their_organisations_registrations(client, world, organisation):
    own_event = ConferencePageFactory(parent=organisation, title="Spotkanie Alfa", with_form=True)
    ConferenceRegistration.objects.create(
        conference=own_event,
        name="Uczestnik Alfa",
        email="alfa@example.org",
        language_code="pl",
        consent_given_at=timezone.now(),
    )
    client.force_login(world["editor"])

    listing = client.get("/admin/event_registrations/")

    assert listing.status_code == 200
    assert "Uczestnik Alfa" in listing.content.decode()
    assert MARKER not in listing.content.decode()


def snapshot_of_organisation_b(world) -> dict:
    from wagtail.models import Page, Revision

    pages = Page.objects.descendant_of(world["page"], inclusive=True)
    return {
        "pages": sorted(pages.values_list("pk", "title", "live", "path", "locked")),
        "revisions": Revision.page_revisions.filter(
            object_id__in=[str(pk) for pk in pages.values_list("pk", flat=True)]
        ).count(),
        "image": list(get_image_model().objects.filter(pk=world["image"].pk).values_list("title")),
        "document": list(
            get_document_model().objects.filter(pk=world["document"].pk).values_list("title")
        ),
        "translation": Translation.objects.filter(pk=world["translation"].pk).exists(),
        "records": {
            namespace: type(record).objects.filter(pk=record.pk).exists()
            for namespace, record in world["by_namespace"].items()
        },
    }


def test_no_admin_post_changes_organisation_b(client, world):
    """Posting to B's delete, move, copy, unpublish, lock, revert... leaves B as it was."""
    client.raise_request_exception = False
    client.force_login(world["editor"])
    before = snapshot_of_organisation_b(world)
    errors, posted = [], 0

    for route, namespace, _pattern in admin_routes():
        if not names_organisation_b(route, namespace):
            continue
        url = fill(route, kwargs_for(route, namespace, world))
        # Enough fields for Wagtail's simple forms to be valid if a permission check were missing.
        response = client.post(url, {"title": "Przejęte", "slug": "przejete", "new_title": "X"})
        posted += 1
        if response.status_code >= 500:
            errors.append(f"{response.status_code} {url}")

    assert posted > 80
    assert errors == [], "\n".join(errors)
    assert snapshot_of_organisation_b(world) == before
