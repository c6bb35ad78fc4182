"""The OpenAPI 3.1 description of the public pages API (pages.api), served at
/api/v2/openapi.json. Built from the same registry the API serves from, with each field's
JSON type read off its model field, so the document cannot describe a field the API lacks;
tests/pages/test_api.py validates it and real answers against it."""

from django.db import models
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from modelcluster.fields import ParentalManyToManyField
from taggit.managers import TaggableManager
from wagtail.fields import RichTextField

from pages.registry import api_fields_of, api_page_models
from pages.site_url import site_root_url

JSON = "application/json"
REF = "#/components/schemas/"
PAGES = "/api/v2/pages/"


def _field_schema(field) -> dict:
    if isinstance(field, TaggableManager):
        return {"type": "array", "items": {"type": "string"}}
    if isinstance(field, ParentalManyToManyField):
        return {"type": "array", "items": {"type": "integer"}}
    if isinstance(field, models.BooleanField):
        schema = {"type": "boolean"}
    elif isinstance(field, models.DateTimeField):
        schema = {"type": "string", "format": "date-time"}
    elif isinstance(field, models.DateField):
        schema = {"type": "string", "format": "date"}
    elif isinstance(field, models.DecimalField):
        # Django REST framework gives decimals as strings, keeping their digits.
        schema = {"type": "string", "pattern": r"^-?\d+(\.\d+)?$"}
    elif isinstance(field, models.IntegerField):
        schema = {"type": "integer"}
    elif isinstance(field, RichTextField):
        schema = {"type": "string", "contentMediaType": "text/html"}
    else:
        schema = {"type": "string"}
        if field.choices:
            schema["enum"] = [value for value, _label in field.choices]
            if field.blank:
                schema["enum"].append("")
    description = str(field.verbose_name)
    if field.null:
        schema = {
            "type": [schema["type"], "null"],
            **{k: v for k, v in schema.items() if k != "type"},
        }
        if "enum" in schema:
            schema["enum"].append(None)
    return {**schema, "description": description}


def _page_schema(model) -> dict:
    properties = {
        name: _field_schema(model._meta.get_field(name))
        for name in (str(getattr(field, "name", field)) for field in api_fields_of(model))
    }
    return {
        "description": str(model._meta.verbose_name),
        "allOf": [
            {"$ref": f"{REF}Page"},
            {"type": "object", "properties": properties},
        ],
    }


def _query(name: str, description: str, schema: dict) -> dict:
    return {"name": name, "in": "query", "description": description, "schema": schema}


def document() -> dict:
    from django.conf import settings

    page_models = api_page_models()
    types = [model._meta.label for model in page_models]
    meta = {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": types},
            "detail_url": {"type": "string", "format": "uri"},
            "html_url": {"type": "string", "format": "uri"},
            "slug": {"type": "string"},
            "first_published_at": {"type": ["string", "null"], "format": "date-time"},
            "locale": {"type": "string", "enum": [code for code, _ in settings.LANGUAGES]},
        },
        "required": ["type", "detail_url", "html_url"],
    }
    page = {
        "type": "object",
        "properties": {"id": {"type": "integer"}, "meta": meta, "title": {"type": "string"}},
        "required": ["id", "meta"],
    }
    error = {"type": "object", "properties": {"message": {"type": "string"}}}
    schemas = {"Page": page, "Error": error}
    schemas.update({model._meta.object_name: _page_schema(model) for model in page_models})
    listing = {
        "type": "object",
        "properties": {
            "meta": {
                "type": "object",
                "properties": {"total_count": {"type": "integer", "minimum": 0}},
                "required": ["total_count"],
            },
            "items": {"type": "array", "items": {"$ref": f"{REF}Page"}},
        },
        "required": ["meta", "items"],
    }
    bad_request = {
        "description": "An unknown parameter, type or field, or a limit over the maximum.",
        "content": {JSON: {"schema": {"$ref": f"{REF}Error"}}},
    }
    parameters = [
        _query(
            "type",
            "One page type, e.g. pages.ConferencePage: its own fields may then be asked for.",
            {"type": "string", "enum": types},
        ),
        _query(
            "fields",
            "Comma-separated fields to add (or `-field` to drop; `*` for all of the type's).",
            {"type": "string"},
        ),
        _query("locale", "Language of the pages.", meta["properties"]["locale"]),
        _query(
            "descendant_of",
            "Pages below this page id: an organisation's id gives its postings, offers and events.",
            {"type": "integer"},
        ),
        _query("child_of", "Pages directly below this page id.", {"type": "integer"}),
        _query(
            "order",
            "A field to order by (`-field` for descending), or `random`.",
            {"type": "string"},
        ),
        _query(
            "limit",
            "Items per page.",
            {"type": "integer", "minimum": 0, "maximum": settings.WAGTAILAPI_LIMIT_MAX},
        ),
        _query("offset", "Items to skip.", {"type": "integer", "minimum": 0}),
    ]
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Sieć: public pages API",
            "version": "2.0.0",
            "description": "Wagtail's API v2 over the network's public, live pages: "
            "organisations, events, programmes and the plugins' postings and offers. "
            "Read only, no authentication, CORS for GET from any origin.",
        },
        "servers": [{"url": site_root_url()}],
        "paths": {
            PAGES: {
                "get": {
                    "operationId": "listPages",
                    "summary": "Public live pages, paginated with limit and offset.",
                    "parameters": parameters,
                    "responses": {
                        "200": {
                            "description": "A page of pages.",
                            "content": {JSON: {"schema": listing}},
                        },
                        "400": bad_request,
                    },
                }
            },
            PAGES + "{id}/": {
                "get": {
                    "operationId": "getPage",
                    "summary": "One public live page with its type's fields.",
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "integer"},
                        },
                        parameters[1],
                    ],
                    "responses": {
                        "200": {
                            "description": "The page.",
                            "content": {
                                JSON: {
                                    "schema": {
                                        "anyOf": [
                                            {"$ref": f"{REF}{model._meta.object_name}"}
                                            for model in page_models
                                        ]
                                    }
                                }
                            },
                        },
                        "400": bad_request,
                        "404": {
                            "description": "No public live page of a served type has this id.",
                            "content": {JSON: {"schema": {"$ref": f"{REF}Error"}}},
                        },
                    },
                }
            },
        },
        "components": {"schemas": schemas},
    }


@require_GET
def openapi_document(request):
    return JsonResponse(document(), json_dumps_params={"ensure_ascii": False})
