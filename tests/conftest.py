import os
import shutil

from django.conf import settings
from django.db import connection

from wagtail.models import Locale, Page, Site

import pytest

from pages.factories import (
    ConferenceIndexPageFactory,
    NetworkHomePageFactory,
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
    ProgrammeIndexPageFactory,
)


@pytest.fixture(autouse=True, scope="session")
def _database_must_be_postgresql_in_ci(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        vendor = connection.vendor
    if vendor != "postgresql":
        message = (
            f"The suite is running on {vendor}, not PostgreSQL: run it with `make test`, "
            "which starts a throwaway PostgreSQL."
        )
        if os.environ.get("CI"):
            pytest.exit(message, returncode=1)
        print(f"\n*** WARNING: {message} ***\n")


@pytest.fixture(autouse=True, scope="session")
def _clean_test_media():
    yield
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


@pytest.fixture
def locales(db):
    return {
        "pl": Locale.objects.get_or_create(language_code="pl")[0],
        "en": Locale.objects.get_or_create(language_code="en")[0],
    }


@pytest.fixture
def home(locales):
    root = Page.get_first_root_node()
    home = NetworkHomePageFactory(parent=root, locale=locales["pl"])
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Sieć"},
    )
    Page.objects.filter(depth=2).exclude(pk=home.pk).filter(content_type__model="page").delete()
    return home


@pytest.fixture
def organisation_index(home):
    return OrganisationIndexPageFactory(parent=home)


@pytest.fixture
def programme_index(home):
    return ProgrammeIndexPageFactory(parent=home)


@pytest.fixture
def conference_index(home):
    return ConferenceIndexPageFactory(parent=home)


@pytest.fixture
def organisation(organisation_index):
    return OrganisationPageFactory(parent=organisation_index, title="Fundacja Alfa", slug="alfa")


@pytest.fixture
def other_organisation(organisation_index):
    return OrganisationPageFactory(
        parent=organisation_index, title="Stowarzyszenie Betaxyzunikat", slug="beta"
    )


@pytest.fixture(autouse=True)
def _default_language():
    """A request to /en/... leaves English active in the test's thread; every test starts in
    the site's default language, as a fresh request would."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _fresh_caches():
    """Each test's database is rolled back, which sends no signals: caches that signals keep
    true (site root paths, fragments, listings) would otherwise outlive the rows they describe."""
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from django.core.cache import cache

    # A flushed database starts its matching generations again from zero, so arrays a live
    # server loaded for an earlier test's offers would pass for fresh.
    per_process = []
    if apps.is_installed("volunteering"):
        from volunteering.selectors import offer_cache, volunteer_cache

        per_process += [offer_cache, volunteer_cache]
    # A demo network restored inside the last test's transaction (tests/demo_network.py)
    # brought content types whose ids its rollback took away again.
    ContentType.objects.clear_cache()
    cache.clear()
    for held in per_process:
        held.clear()
    yield
    cache.clear()
    for held in per_process:
        held.clear()


@pytest.fixture
def translated_network(home, locales, organisation):
    """A small network in both languages: the home, an organisation, an event taking
    registrations, an open and a closed job posting and a volunteer offer with one volunteer's
    interest, each with its English translation published."""
    from types import SimpleNamespace

    from django.utils import timezone

    from jobs.factories import JobIndexPageFactory, JobPostingPageFactory
    from pages.demo.loader import publish, translate
    from pages.factories import ConferencePageFactory
    from volunteering.factories import (
        VolunteerFactory,
        VolunteerIndexPageFactory,
        VolunteerOfferPageFactory,
    )
    from volunteering.models import Interest

    en = locales["en"]
    conference = ConferencePageFactory(parent=organisation, with_form=True, slug="forum")
    job_index = JobIndexPageFactory(parent=organisation)
    posting = JobPostingPageFactory(parent=job_index, slug="ksiegowa")
    closed_posting = JobPostingPageFactory(parent=job_index, closed=True, slug="zamknieta")
    volunteer_index = VolunteerIndexPageFactory(parent=organisation)
    offer = VolunteerOfferPageFactory(parent=volunteer_index, slug="dyzury")
    pages = [
        home,
        organisation.get_parent(),
        organisation,
        conference,
        job_index,
        posting,
        closed_posting,
        volunteer_index,
        offer,
    ]
    for page in pages[1:]:
        publish(page.specific)
    # The English home sits beside the Polish one under the root, so it needs its own slug.
    english = {
        page.pk: translate(page.specific, en, {"slug": "network"} if page == home else {})
        for page in pages
    }
    volunteer = VolunteerFactory()
    Interest.objects.create(volunteer=volunteer, offer=offer, created_at=timezone.now())
    return SimpleNamespace(
        home=home,
        organisation=organisation,
        conference=conference,
        posting=posting,
        closed_posting=closed_posting,
        offer=offer,
        volunteer=volunteer,
        english=english,
    )


@pytest.fixture
def in_english(locales):
    """Publish an English translation of a page, and of each of its ancestors still without
    one, as an editor would with "Translate this page"; returns the English page."""

    def translate(page):
        page = page.specific
        for ancestor in [*page.get_ancestors().filter(depth__gt=1).specific(), page]:
            if ancestor.get_translations().filter(locale=locales["en"]).exists():
                continue
            english = ancestor.copy_for_translation(locales["en"])
            english.save_revision().publish()
        return page.get_translation(locales["en"]).specific

    return translate


@pytest.fixture
def logo(db):
    """A red square logo image."""
    import wagtail_factories

    return wagtail_factories.ImageFactory(
        title="Logo", file__width=240, file__height=240, file__color="#a61c00"
    )


@pytest.fixture
def branded(organisation, logo):
    """The organisation with its own website and logo."""
    organisation.website = "https://alfa.example.org/"
    organisation.logo = logo
    organisation.save()
    return organisation


@pytest.fixture
def published():
    """Publish a page the way the admin does (a revision, then publish), so it has a live
    revision and a first publication time like real content."""

    def publish(page):
        page.save_revision().publish()
        page.refresh_from_db()
        return page

    return publish
