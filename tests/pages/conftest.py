"""Two organisations for the admin permission matrix and the scope sweep: the editor of A
(Alfa) must never see or change anything of B (whose every title, file name and e-mail
address carries MARKER)."""

from io import BytesIO

from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail_localize.models import Translation, TranslationSource

import pytest

from pages.demo.images import draw_logo
from pages.factories import ConferencePageFactory, ProgrammePageFactory
from pages.models import ConferenceRegistration, OrganisationWorkspace
from tests.pages.admin_routes import MARKER


@pytest.fixture
def world(organisation, other_organisation, locales, django_user_model):
    programme = ProgrammePageFactory(parent=other_organisation, title=f"Program {MARKER}")
    conference = ConferencePageFactory(
        parent=other_organisation, title=f"Konferencja {MARKER}", with_form=True
    )
    registration = ConferenceRegistration.objects.create(
        conference=conference,
        name=f"Uczestnik {MARKER}",
        email=f"uczestnik.{MARKER.lower()}@example.org",
        language_code="pl",
        consent_given_at=timezone.now(),
    )
    b_workspace = OrganisationWorkspace.objects.get(
        translation_key=other_organisation.translation_key
    )
    image = get_image_model().objects.create(
        title=f"Logo {MARKER}",
        collection=b_workspace.collection,
        file=ImageFile(
            BytesIO(draw_logo(initials="B", colour="#000000")), name=f"logo-{MARKER}.png"
        ),
    )
    document = get_document_model().objects.create(
        title=f"Statut {MARKER}",
        collection=b_workspace.collection,
        file=ContentFile(b"%PDF-1.4 statut", name=f"statut-{MARKER}.pdf"),
    )
    source, _ = TranslationSource.get_or_create_from_instance(other_organisation)
    translation = Translation.objects.create(source=source, target_locale=locales["en"])
    revision = other_organisation.save_revision()
    other_organisation.save_revision()
    b_editor = django_user_model.objects.create_user(
        f"redaktor-{MARKER.lower()}",
        f"redaktor.{MARKER.lower()}@example.org",
        "pw",
        first_name=f"Redaktorka{MARKER}",
    )
    b_editor.groups.add(b_workspace.group)

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
            email=f"kandydatka.{MARKER.lower()}@example.org",
            cv=SimpleUploadedFile("cv.pdf", b"%PDF-1.4"),
            cv_extension="pdf",
            language_code="pl",
            consent_given_at=timezone.now(),
        )
        titles += [
            posting.title,
            by_namespace["job_applications"].name,
            by_namespace["job_applications"].email,
        ]
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
            registration.email,
            image.title,
            image.file.name.rsplit("/", 1)[-1],
            document.title,
            document.file.name.rsplit("/", 1)[-1],
            b_editor.email,
            b_editor.first_name,
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
        "b_editor": b_editor,
        "own_collection": OrganisationWorkspace.objects.get(
            translation_key=organisation.translation_key
        ).collection,
    }
