"""Every JobPosting block passes schema.org's property lists and Google's job-posting rules."""

import pytest

from jobs.factories import JobPostingPageFactory
from jobs.models import WorkMode
from tests.structured_data import google_gaps, json_ld_blocks, problems

pytestmark = pytest.mark.django_db


def job_posting(client, posting) -> dict:
    (data,) = [
        block
        for block in json_ld_blocks(client.get(posting.url).content.decode(), posting.full_url)
        if block["@type"] == "JobPosting"
    ]
    return data


@pytest.mark.parametrize("work_mode", list(WorkMode))
def test_a_job_posting_has_only_schema_org_properties_no_empty_values_and_googles_fields(
    client, board, job_index, accounting, branded, published, work_mode
):
    city = "" if work_mode == WorkMode.REMOTE else "Kraków"
    posting = published(
        JobPostingPageFactory(parent=job_index, category=accounting, work_mode=work_mode, city=city)
    )

    data = job_posting(client, posting)

    assert problems(data) == []
    assert google_gaps(data) == []


def test_a_hybrid_posting_has_its_job_location_and_is_not_marked_telecommute(
    client, board, job_index, accounting
):
    posting = JobPostingPageFactory(
        parent=job_index, category=accounting, work_mode=WorkMode.HYBRID
    )

    data = job_posting(client, posting)

    assert data["jobLocation"]["address"]["addressLocality"] == "Kraków"
    assert "jobLocationType" not in data
    assert "applicantLocationRequirements" not in data


def test_an_address_carries_the_parts_that_are_known_and_no_empty_ones(
    client, board, job_index, accounting
):
    full = JobPostingPageFactory(
        parent=job_index,
        category=accounting,
        street_address="ul. Floriańska 3",
        postal_code="31-019",
    )
    town_only = JobPostingPageFactory(parent=job_index, category=accounting, city="Tarnów")

    full_address = job_posting(client, full)["jobLocation"]["address"]
    town_address = job_posting(client, town_only)["jobLocation"]["address"]

    assert full_address == {
        "@type": "PostalAddress",
        "streetAddress": "ul. Floriańska 3",
        "postalCode": "31-019",
        "addressLocality": "Kraków",
        "addressCountry": "PL",
    }
    assert town_address == {
        "@type": "PostalAddress",
        "addressLocality": "Tarnów",
        "addressCountry": "PL",
    }


def test_the_hiring_organisation_names_its_website_and_its_logo(
    client, board, job_index, accounting, organisation, logo
):
    organisation.website = "https://alfa.example.org/"
    organisation.logo = logo
    organisation.save()
    posting = JobPostingPageFactory(parent=job_index, category=accounting)

    hiring = job_posting(client, posting)["hiringOrganization"]

    assert hiring["name"] == "Fundacja Alfa"
    assert hiring["sameAs"] == "https://alfa.example.org/"
    assert hiring["logo"].startswith("http")
    assert hiring["logo"].endswith(logo.get_rendition("max-600x600|format-png").url)


def test_an_organisation_without_a_website_is_identified_by_its_network_page(
    client, board, job_index, accounting, organisation
):
    posting = JobPostingPageFactory(parent=job_index, category=accounting)

    hiring = job_posting(client, posting)["hiringOrganization"]

    assert hiring["sameAs"] == organisation.full_url
    assert hiring["url"] == organisation.full_url


def test_a_postings_share_card_names_the_kind_and_the_organisation_in_its_language(
    job_index, accounting
):
    from pages.share_cards import card_content

    posting = JobPostingPageFactory(parent=job_index, category=accounting, title="Księgowa")

    content = card_content(posting, network="Sieć")

    assert (content.kind, content.title, content.organisation) == (
        "Oferta pracy",
        "Księgowa",
        "Fundacja Alfa",
    )
