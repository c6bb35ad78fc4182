"""The directory of organisations, the vocabularies and an organisation page's own header and
contact block are cached under their own versions (pages.cache topics), not the content
version every publish bumps: each must still change as soon as what it shows changes."""

import pytest

from jobs.factories import JobIndexPageFactory, JobPostingPageFactory
from pages.directory import organisation_directory
from pages.factories import OrganisationPageFactory
from pages.models import NetworkMembership, OrganisationMembership
from volunteering.factories import CauseFactory
from volunteering.vocabulary import names

pytestmark = pytest.mark.django_db


def titles(locale_id):
    return [entry.title for entry in organisation_directory(locale_id)]


def test_a_new_organisation_joins_the_cached_directory(organisation, organisation_index):
    assert titles(organisation.locale_id) == [organisation.title]

    OrganisationPageFactory(parent=organisation_index, title="Zeta Fundacja")

    assert titles(organisation.locale_id) == [organisation.title, "Zeta Fundacja"]


def test_an_unpublished_organisation_leaves_the_cached_directory(organisation, published):
    assert titles(organisation.locale_id) == [organisation.title]

    organisation.unpublish()

    assert titles(organisation.locale_id) == []


def test_publishing_a_posting_keeps_the_directory_cached(organisation, django_assert_num_queries):
    titles(organisation.locale_id)
    job_index = JobIndexPageFactory(parent=organisation)

    JobPostingPageFactory(parent=job_index)

    with django_assert_num_queries(0):
        titles(organisation.locale_id)


def test_a_renamed_network_shows_on_the_organisation_page(client, organisation):
    network = NetworkMembership.objects.create(name="Sieć Stara")
    OrganisationMembership.objects.create(page=organisation, network=network)
    organisation.save_revision().publish()
    assert "Sieć Stara" in client.get(organisation.url).content.decode()

    network.name = "Sieć Nowa"
    network.save()

    page = client.get(organisation.url).content.decode()
    assert "Sieć Nowa" in page
    assert "Sieć Stara" not in page


def test_an_organisation_page_shows_its_own_new_phone_number_once_published(client, organisation):
    assert "12 345 67 89" not in client.get(organisation.url).content.decode()

    organisation.phone = "12 345 67 89"
    organisation.save_revision().publish()

    assert "12 345 67 89" in client.get(organisation.url).content.decode()


def test_a_renamed_cause_is_named_afresh(locales):
    cause = CauseFactory(name="Dziedzictwo", slug="dziedzictwo")
    assert names("Cause", 1 << cause.bit, "pl") == ["Dziedzictwo"]

    cause.name = "Dziedzictwo kulturowe"
    cause.save()

    assert names("Cause", 1 << cause.bit, "pl") == ["Dziedzictwo kulturowe"]
