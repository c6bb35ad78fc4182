"""The network's public read API: Wagtail's API v2 at /api/v2/ (pages, with the types and
fields registered in pages.registry; described by pages.api_schema at /api/v2/openapi.json).

Only what an anonymous visitor sees: live pages outside every private section, of the
registered types (Wagtail's `get_public_pages_queryset` gives live and public; the types
narrow it), with the fields a member site needs and nothing from the admin. Saving a draft
leaves a live page's row as published, so drafts never show. Answers are JSON only (no
browsable HTML API), paginated by Wagtail (`limit` up to WAGTAILAPI_LIMIT_MAX, `offset`),
and carry CORS headers for GET (django-cors-headers, CORS_URLS_REGEX)."""

from django.contrib.contenttypes.models import ContentType

from wagtail.api import APIField
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from rest_framework.renderers import JSONRenderer

from pages.registry import api_fields_of, api_page_models, register_api_fields

ADDRESS = ["street_address", "postal_code", "city"]


def register_core_api_fields() -> None:
    register_api_fields(
        "pages.OrganisationPage",
        ["short_name", "legal_form", "mission", "areas_of_work", "website", "krs", *ADDRESS],
    )
    register_api_fields(
        "pages.ConferencePage",
        [
            "kind",
            "summary",
            "start_at",
            "end_at",
            "attendance_mode",
            "venue_name",
            "online_url",
            "is_free",
            "price",
            "registration_mode",
            "registration_url",
            "tags",
            *ADDRESS,
        ],
    )
    register_api_fields(
        "pages.ProgrammePage",
        ["summary", "start_date", "end_date", "funder", "funding_programme", "tags"],
    )


class PublicPagesAPIViewSet(PagesAPIViewSet):
    # JSON only: Wagtail would add DRF's browsable HTML API, with its own script and forms.
    renderer_classes = [JSONRenderer]

    @classmethod
    def get_body_fields(cls, model):
        # The registry's fields, not a model's own `api_fields`: plugins declare theirs in
        # their AppConfig (pages.plugins), and no model is served by accident.
        return [
            field if isinstance(field, APIField) else APIField(field)
            for field in [*cls.body_fields, *api_fields_of(model)]
        ]

    def get_base_queryset(self):
        models = api_page_models()
        content_types = ContentType.objects.get_for_models(*models).values()
        return super().get_base_queryset().filter(content_type__in=content_types)


api_router = WagtailAPIRouter("siec_api")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
