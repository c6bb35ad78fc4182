"""The public pages API (Wagtail API v2 at /api/v2/) as a documented contract: only public
live pages of the registered types, the registered fields, paginated, CORS for GET, and real
answers valid under the OpenAPI document it serves (itself checked by openapi-spec-validator)."""

from wagtail.models import PageViewRestriction

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from jobs.factories import JobIndexPageFactory, JobPostingPageFactory
from pages.factories import ConferencePageFactory

pytestmark = pytest.mark.django_db

PAGES = "/api/v2/pages/"
OPENAPI = "/api/v2/openapi.json"
DOCUMENT_URI = "urn:siec:pages-openapi"


def assert_documented(document: dict, path: str, response) -> None:
    pointer = (
        f"/paths/{path.replace('/', '~1')}/get/responses/{response.status_code}"
        "/content/application~1json/schema"
    )
    registry = Registry().with_resource(DOCUMENT_URI, DRAFT202012.create_resource(document))
    Draft202012Validator(
        {"$ref": f"{DOCUMENT_URI}#{pointer}"},
        registry=registry,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    ).validate(response.json())


@pytest.fixture
def events(organisation):
    public = ConferencePageFactory(parent=organisation, title="Forum Alfa", city="Kraków")
    ConferencePageFactory(parent=organisation, title="Szkic", live=False)
    private = ConferencePageFactory(parent=organisation, title="Dla członków")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    return public


def titles(response) -> set[str]:
    return {item["title"] for item in response.json()["items"]}


def test_the_openapi_document_is_valid_and_names_every_served_type(client):
    response = client.get(OPENAPI)

    document = response.json()
    validate(document)
    types = document["paths"][PAGES]["get"]["parameters"][0]["schema"]["enum"]
    assert {"pages.OrganisationPage", "pages.ConferencePage", "jobs.JobPostingPage"} <= set(types)
    assert "volunteering.VolunteerOfferPage" in types


def test_the_api_lists_only_public_live_pages_of_the_served_types(client, events, organisation):
    response = client.get(PAGES, {"type": "pages.ConferencePage", "fields": "*"})

    assert response.status_code == 200
    assert titles(response) == {"Forum Alfa"}
    item = response.json()["items"][0]
    assert item["city"] == "Kraków"
    assert item["meta"]["html_url"] == events.full_url
    assert_documented(client.get(OPENAPI).json(), PAGES, response)
    everything = client.get(PAGES, {"limit": 50})
    assert "Sieć" not in titles(everything)  # the home is no type a member site asks for
    assert {"Fundacja Alfa", "Forum Alfa"} <= titles(everything)


def test_a_page_in_a_private_section_or_a_draft_is_not_found(client, events, organisation):
    private = organisation.get_children().get(title="Dla członków")

    response = client.get(f"{PAGES}{private.pk}/")

    assert response.status_code == 404
    assert_documented(client.get(OPENAPI).json(), PAGES + "{id}/", response)


def test_a_plugins_page_carries_the_fields_its_app_registered_and_no_others(client, organisation):
    posting = JobPostingPageFactory(parent=JobIndexPageFactory(parent=organisation))

    response = client.get(f"{PAGES}{posting.pk}/")

    data = response.json()
    assert data["summary"] == posting.summary
    assert "contact_email" not in data
    assert "retention_months" not in data
    assert_documented(client.get(OPENAPI).json(), PAGES + "{id}/", response)


def test_the_api_pages_its_answers_and_refuses_a_limit_over_the_maximum(client, events):
    first = client.get(PAGES, {"limit": 1})
    too_many = client.get(PAGES, {"limit": 51})

    assert len(first.json()["items"]) == 1
    assert first.json()["meta"]["total_count"] >= 2
    assert too_many.status_code == 400
    assert_documented(client.get(OPENAPI).json(), PAGES, too_many)


def test_the_api_answers_cors_for_get_from_any_origin_without_cookies(client, events):
    response = client.get(PAGES, headers={"Origin": "https://mis.example.org"})
    preflight = client.options(
        PAGES,
        headers={
            "Origin": "https://mis.example.org",
            "Access-Control-Request-Method": "POST",
        },
    )
    site_page = client.get("/", headers={"Origin": "https://mis.example.org"})

    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    assert "POST" not in preflight["Access-Control-Allow-Methods"]
    assert "Access-Control-Allow-Origin" not in site_page
    assert not response.cookies
