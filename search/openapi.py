"""The OpenAPI 3.1 description of the public search API, served at /api/search/openapi.json.

Built per request from the same constants and registry the forms check against (kinds, types
of work, page sizes), so the document cannot promise what the API refuses. Its schemas are
JSON Schema 2020-12, OpenAPI 3.1's dialect; tests/search/test_api.py validates real answers
against them."""

from search.forms import MAX_CHOSEN, MAX_FACET_VALUE, MAX_QUERY, NO, YES, SearchForm
from search.mapping import LANGUAGES
from search.queries import FACETS, MAX_PER_PAGE, MAX_RESULTS, PER_PAGE
from search.registry import employment_types, kinds

OPENAPI_VERSION = "3.1.0"
API_VERSION = "1.0.0"
JSON = "application/json"
REF = "#/components/schemas/"


def _nullable(schema: dict) -> dict:
    return {**schema, "type": [schema["type"], "null"]}


def _query(name: str, description: str, schema: dict, **extra) -> dict:
    return {"name": name, "in": "query", "description": description, "schema": schema, **extra}


def _yes_no(name: str, description: str) -> dict:
    return _query(
        name,
        f"{description} Yes: {', '.join(YES)}; no: {', '.join(NO[1:])}.",
        {
            "type": "string",
            "enum": [*YES, *NO],
        },
    )


def _lang() -> dict:
    return _query(
        "lang",
        "Language of the documents searched and of the error messages. Without it, the "
        "request's language (Accept-Language), else Polish.",
        {"type": "string", "enum": list(LANGUAGES)},
    )


def search_parameters() -> list[dict]:
    sort_choices = [value for value, _label in SearchForm.base_fields["sort"].choices]
    return [
        _query(
            "q",
            'Words, all of which must match; "quoted words" are a phrase. Polish is stemmed '
            "and folded: księgowa, ksiegowej and Księgowy meet.",
            {"type": "string", "maxLength": MAX_QUERY},
        ),
        _query(
            "kind",
            "What to find; repeat for several (kind=job&kind=volunteer).",
            {"type": "array", "items": {"type": "string", "enum": sorted(kinds())}},
            style="form",
            explode=True,
        ),
        _query(
            "organisation",
            "An organisation's name (a value of the organisation facet), in any case; repeat "
            "for several, any of which may match.",
            {
                "type": "array",
                "maxItems": MAX_CHOSEN,
                "items": {"type": "string", "maxLength": MAX_FACET_VALUE},
            },
            style="form",
            explode=True,
        ),
        _query(
            "tag",
            "A topic (a value of the tags facet), in any case; repeat for several, any of "
            "which may match.",
            {
                "type": "array",
                "maxItems": MAX_CHOSEN,
                "items": {"type": "string", "maxLength": MAX_FACET_VALUE},
            },
            style="form",
            explode=True,
        ),
        _query(
            "employment_type",
            "Type of work (a value of the employment_type facet).",
            {"type": "string", "enum": sorted(employment_types())},
        ),
        _query(
            "city",
            "A town in Poland (the offline gazetteer); with radius, everything around it.",
            {"type": "string", "maxLength": 100},
        ),
        _query(
            "radius",
            "Kilometres around city; needs city.",
            {"type": "integer", "minimum": 1, "maximum": 500},
        ),
        _yes_no("open_only", "Only what is not over yet."),
        _yes_no("upcoming_only", "Only what has not started yet."),
        _query(
            "sort",
            "Order of the results; distance needs city.",
            {"type": "string", "enum": sort_choices, "default": "relevance"},
        ),
        _query(
            "page",
            f"Page of results; page × per_page may not pass {MAX_RESULTS}.",
            {"type": "integer", "minimum": 1, "maximum": MAX_RESULTS, "default": 1},
        ),
        _query(
            "per_page",
            f"Results per page, at most {MAX_PER_PAGE}.",
            {"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE, "default": PER_PAGE},
        ),
        _lang(),
    ]


def schemas() -> dict:
    text = {"type": "string"}
    date = {"type": "string", "format": "date"}
    bucket = {
        "type": "object",
        "required": ["value", "count"],
        "properties": {"value": text, "count": {"type": "integer", "minimum": 1}},
        "additionalProperties": False,
    }
    kind = {"type": "string", "enum": sorted(kinds())}
    return {
        "Hit": {
            "type": "object",
            "required": [
                "page_id",
                "kind",
                "title",
                "url",
                "organisation",
                "summary",
                "highlight",
                "city",
                "deadline_date",
                "start_date",
                "distance_km",
            ],
            "properties": {
                "page_id": {"type": "integer"},
                "kind": kind,
                "title": text,
                "url": {"type": "string", "format": "uri", "pattern": "^https?://"},
                "organisation": text,
                "summary": text,
                "highlight": {
                    "type": "string",
                    "description": "HTML: the text escaped, <mark> around the matches; empty "
                    "in reduced mode.",
                },
                "city": text,
                "deadline_date": _nullable(date),
                "start_date": _nullable(date),
                "distance_km": _nullable(
                    {"type": "number", "description": "Only when sorted by distance."}
                ),
            },
            "additionalProperties": False,
        },
        "SearchResults": {
            "type": "object",
            "required": [
                "language",
                "total",
                "page",
                "per_page",
                "reduced_mode",
                "suggestion",
                "results",
                "facets",
            ],
            "properties": {
                "language": {"type": "string", "enum": list(LANGUAGES)},
                "total": {"type": "integer", "minimum": 0},
                "page": {"type": "integer", "minimum": 1},
                "per_page": {"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE},
                "reduced_mode": {
                    "type": "boolean",
                    "description": "True while the engine does not answer and the database "
                    "does: no typo tolerance, highlights or suggestions.",
                },
                "suggestion": {
                    "type": "string",
                    "description": "Did you mean: the query with its words corrected when it "
                    "found nothing or little (fewer than 3 results), or empty.",
                },
                "results": {"type": "array", "items": {"$ref": REF + "Hit"}},
                "facets": {
                    "type": "object",
                    "properties": {
                        name: {"type": "array", "items": bucket, "maxItems": size}
                        for name, size in FACETS.items()
                    },
                    "additionalProperties": False,
                },
            },
            "additionalProperties": False,
        },
        "Suggestions": {
            "type": "object",
            "required": ["suggestions", "reduced_mode"],
            "properties": {
                "suggestions": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["title", "url", "kind", "kind_label"],
                        "properties": {
                            "title": text,
                            "url": {"type": "string", "format": "uri", "pattern": "^https?://"},
                            "kind": kind,
                            "kind_label": {
                                **text,
                                "description": "The kind in the language asked for.",
                            },
                        },
                        "additionalProperties": False,
                    },
                },
                "reduced_mode": {"type": "boolean"},
            },
            "additionalProperties": False,
        },
        "Errors": {
            "type": "object",
            "required": ["errors"],
            "properties": {
                "errors": {
                    "type": "object",
                    "description": "Messages by parameter name (__all__: about several), in "
                    "the language asked for.",
                    "minProperties": 1,
                    "additionalProperties": {
                        "type": "array",
                        "items": {"type": "string"},
                        "minItems": 1,
                    },
                }
            },
            "additionalProperties": False,
        },
    }


def _answer(description: str, schema: str) -> dict:
    return {
        "description": description,
        "headers": {
            "Access-Control-Allow-Origin": {
                "description": "* for any request with an Origin: the data is public.",
                "schema": {"type": "string", "const": "*"},
            }
        },
        "content": {JSON: {"schema": {"$ref": REF + schema}}},
    }


def _operations(operation_id: str, summary: str, parameters: list, ok: str, bad: bool) -> dict:
    responses = {"200": _answer("The answer.", ok)}
    if bad:
        responses["400"] = _answer("A parameter is not valid; nothing was searched.", "Errors")
    get = {
        "operationId": operation_id,
        "summary": summary,
        "parameters": parameters,
        "responses": responses,
    }
    head = {
        "operationId": f"{operation_id}Head",
        "summary": f"{summary} (headers only)",
        "parameters": parameters,
        "responses": {code: {"description": r["description"]} for code, r in responses.items()},
    }
    return {"get": get, "head": head}


def document(*, server: str) -> dict:
    autocomplete_parameters = [
        _query(
            "q", "The start of a title.", {"type": "string", "maxLength": MAX_QUERY}, required=True
        ),
        _lang(),
    ]
    return {
        "openapi": OPENAPI_VERSION,
        "jsonSchemaDialect": "https://spec.openapis.org/oas/3.1/dialect/base",
        "info": {
            "title": "Sieć network search",
            "version": API_VERSION,
            "description": "Everything public the network's organisations publish: "
            "organisations, programmes, conferences, job offers and volunteer offers, in "
            "Polish and English. Public data: no authentication, no cookies, readable from "
            "any origin (CORS, GET and HEAD). Result URLs are absolute.",
            "license": {"name": "AGPL-3.0-or-later", "identifier": "AGPL-3.0-or-later"},
        },
        "servers": [{"url": server.rstrip("/")}],
        "paths": {
            "/api/search/": _operations(
                "search", "Search the network", search_parameters(), "SearchResults", bad=True
            ),
            "/api/search/autocomplete/": _operations(
                "autocomplete",
                "Titles starting with what is typed",
                autocomplete_parameters,
                "Suggestions",
                bad=True,
            ),
            "/api/search/openapi.json": {
                "get": {
                    "operationId": "openapi",
                    "summary": "This document",
                    "responses": {"200": {"description": "OpenAPI 3.1, as JSON."}},
                }
            },
        },
        "components": {"schemas": schemas()},
    }
