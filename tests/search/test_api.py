"""The public search API as a documented contract: real answers are validated against the
OpenAPI 3.1 document it serves (its schemas are JSON Schema 2020-12, checked by jsonschema)."""

from django.core.management import call_command
from django.test import Client

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from search.queries import MAX_PER_PAGE
from search.registry import employment_types
from tests.demo_network import load_demo_network

pytestmark = pytest.mark.django_db

DOCUMENT_URI = "urn:siec:search-openapi"
SEARCH = "/api/search/"
AUTOCOMPLETE = "/api/search/autocomplete/"
OPENAPI = "/api/search/openapi.json"


@pytest.fixture
def openapi():
    response = Client().get(OPENAPI)
    assert response.status_code == 200, response.content[:300]
    return response.json()


def assert_documented(document: dict, path: str, response) -> None:
    """The answer's body is valid under the schema the document gives for its path and status
    (an undocumented status fails: its schema cannot be resolved)."""
    pointer = (
        f"/paths/{path.replace('/', '~1')}/get/responses/{response.status_code}"
        "/content/application~1json/schema"
    )
    registry = Registry().with_resource(DOCUMENT_URI, DRAFT202012.create_resource(document))
    validator = Draft202012Validator(
        {"$ref": f"{DOCUMENT_URI}#{pointer}"},
        registry=registry,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )
    validator.validate(response.json())


def test_the_openapi_document_describes_every_endpoint_with_valid_schemas(openapi):
    operations = openapi["paths"]

    assert openapi["openapi"].startswith("3.1.")
    assert {"get", "head"} <= operations[SEARCH].keys()
    assert {"get", "head"} <= operations[AUTOCOMPLETE].keys()
    for schema in openapi["components"]["schemas"].values():
        Draft202012Validator.check_schema(schema)
    parameters = {p["name"]: p["schema"] for p in operations[SEARCH]["get"]["parameters"]}
    for schema in parameters.values():
        Draft202012Validator.check_schema(schema)
    assert parameters["per_page"]["maximum"] == MAX_PER_PAGE
    assert parameters["employment_type"]["enum"] == sorted(employment_types())
    assert openapi["servers"] == [{"url": "http://testserver"}]


def test_real_answers_match_the_openapi_document_with_absolute_urls_and_their_page_size(
    no_engine, openapi
):
    load_demo_network()
    call_command("search_reindex", verbosity=0)
    client = Client()
    searches = [
        {"q": "księgowa"},
        {"q": "accountant", "lang": "en"},
        {"kind": ["job", "volunteer"], "per_page": MAX_PER_PAGE},
        {"city": "Kraków", "radius": 30, "sort": "distance", "open_only": "true"},
        {"employment_type": "NOT_A_TYPE"},
        {"per_page": MAX_PER_PAGE + 1},
    ]

    answers = [client.get(SEARCH, params) for params in searches]
    one = client.get(SEARCH, {"per_page": 1})
    completions = [client.get(AUTOCOMPLETE, {"q": q}) for q in ("księg", "a" * 5000)]

    assert [answer.status_code for answer in answers] == [200, 200, 200, 200, 400, 400]
    for answer in [*answers, one]:
        assert_documented(openapi, SEARCH, answer)
    for answer in completions:
        assert_documented(openapi, AUTOCOMPLETE, answer)
    assert one.json()["total"] > 1 and len(one.json()["results"]) == 1
    assert one.json()["per_page"] == 1
    assert answers[2].json()["total"] > 10 and len(answers[2].json()["results"]) > 10
    urls = [hit["url"] for hit in answers[0].json()["results"]]
    urls += [item["url"] for item in completions[0].json()["suggestions"]]
    assert urls and all(url.startswith("http://testserver/") for url in urls), urls


def test_unknown_values_are_a_400_with_field_errors_in_the_language_asked_for(no_engine):
    client = Client()
    wrong = {
        "employment_type": "FULL_TIME_FOREVER",
        "open_only": "maybe",
        "upcoming_only": "sometimes",
        "sort": "random",
        "kind": "castle",
        "per_page": "500",
    }

    english = client.get(SEARCH, {**wrong, "lang": "en"})
    polish = client.get(SEARCH, {**wrong, "lang": "pl"})
    unknown_language = client.get(SEARCH, {"lang": "xx"})

    assert english.status_code == polish.status_code == unknown_language.status_code == 400
    assert english.json()["errors"].keys() == wrong.keys()
    assert polish.json()["errors"].keys() == wrong.keys()
    assert english.json()["errors"]["employment_type"] == ["There is no such type of work."]
    assert polish.json()["errors"]["employment_type"] == ["Nie ma takiego rodzaju pracy."]
    assert "maybe" in english.json()["errors"]["open_only"][0]
    assert english.json()["errors"]["open_only"] != polish.json()["errors"]["open_only"]
    assert list(unknown_language.json()["errors"]) == ["lang"]


def test_yes_no_filters_accept_what_checkboxes_and_api_clients_send(no_engine):
    client = Client()

    statuses = {
        value: client.get(SEARCH, {"open_only": value}).status_code
        for value in ("on", "true", "1", "false", "0", "")
    }

    assert set(statuses.values()) == {200}, statuses


def test_every_get_endpoint_answers_head_with_its_headers_and_no_body(no_engine):
    client = Client()

    answers = {path: client.head(path, {"q": "ksi"}) for path in (SEARCH, AUTOCOMPLETE, OPENAPI)}

    for path, answer in answers.items():
        assert answer.status_code == 200, path
        assert answer["Content-Type"] == "application/json", path
        assert answer.content == b"", path


def test_the_public_api_is_readable_from_any_origin_without_cookies(no_engine):
    client = Client()
    origin = {"HTTP_ORIGIN": "https://other.example"}

    answers = [client.get(path, {"q": "ksi"}, **origin) for path in (SEARCH, AUTOCOMPLETE)]
    preflight = client.options(SEARCH, **origin, HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET")
    page = client.get("/szukaj/", {"q": "ksi"}, **origin)

    for answer in [*answers, preflight]:
        assert answer["Access-Control-Allow-Origin"] == "*"
        assert "Access-Control-Allow-Credentials" not in answer
    assert preflight.status_code == 200
    allowed = {method.strip() for method in preflight["Access-Control-Allow-Methods"].split(",")}
    assert allowed == {"GET", "HEAD", "OPTIONS"}
    assert "Access-Control-Allow-Origin" not in page
