"""The public JSON API of the network search (described by search/openapi.py, served at
/api/search/openapi.json): thin views over search.selectors.

GET and HEAD (Django's View answers HEAD with GET's headers and no body) and OPTIONS. Answers
are public data, readable from any origin: CORS is django-cors-headers' (CORS_URLS_REGEX in
the settings), with no credentials. Errors are `{"errors": {field: [message, ...]}}` in the
language `lang` asks for.

The API searches the network index, not a listing's items, so it is not driven by a listing's
FilterSet (pages.filters); only its town and radius filter what the boards filter, and those
are the boards' own field and check (see search.forms.SearchForm)."""

from dataclasses import asdict

from django.http import JsonResponse
from django.utils import timezone, translation
from django.views import View

from pages.schedule import local_date
from search.forms import AutocompleteApiForm, SearchApiForm
from search.mapping import LANGUAGES
from search.openapi import document
from search.registry import kinds
from search.selectors import network_search, suggestions

JSON_OPTIONS = {"ensure_ascii": False}


def _language(request) -> str:
    """The language asked for, when it is one of ours; else the request's (for the errors)."""
    requested = request.GET.get("lang") or translation.get_language() or LANGUAGES[0]
    return requested if requested in LANGUAGES else (translation.get_language() or LANGUAGES[0])


def _bound(form_class, request):
    """The form, validated in the language asked for, with its errors as JSON (or None)."""
    with translation.override(_language(request)):
        form = form_class(request.GET)
        errors = None
        if not form.is_valid():
            errors = {
                name: [str(message) for message in found] for name, found in form.errors.items()
            }
    return form, errors


class PublicApiView(View):
    http_method_names = ["get", "head", "options"]


class SearchApi(PublicApiView):
    def get(self, request):
        form, errors = _bound(SearchApiForm, request)
        if errors:
            return JsonResponse({"errors": errors}, status=400, json_dumps_params=JSON_OPTIONS)
        language = form.cleaned_data["lang"] or _language(request)
        params = form.params(language=language)
        results = network_search(params, today=local_date(timezone.now()))
        hits = [asdict(hit) | {"url": request.build_absolute_uri(hit.url)} for hit in results.hits]
        return JsonResponse(
            {
                "language": language,
                "total": results.total,
                "page": params.page,
                "per_page": params.per_page,
                "reduced_mode": results.reduced,
                "suggestion": results.suggestion,
                "results": hits,
                "facets": {
                    name: [{"value": value, "count": count} for value, count in buckets]
                    for name, buckets in results.facets.items()
                },
            },
            json_dumps_params=JSON_OPTIONS,
        )


class AutocompleteApi(PublicApiView):
    def get(self, request):
        form, errors = _bound(AutocompleteApiForm, request)
        if errors:
            return JsonResponse({"errors": errors}, status=400, json_dumps_params=JSON_OPTIONS)
        prefix = form.cleaned_data["q"]
        language = form.cleaned_data["lang"] or _language(request)
        found, reduced = suggestions(prefix, language=language) if prefix else ([], False)
        # The label in the language asked for: the header's script shows it as it comes.
        with translation.override(language):
            labels = {kind: str(label) for kind, label in kinds().items()}
        absolute = [
            item
            | {
                "url": request.build_absolute_uri(item["url"]),
                "kind_label": labels.get(item["kind"], ""),
            }
            for item in found
        ]
        return JsonResponse(
            {"suggestions": absolute, "reduced_mode": reduced}, json_dumps_params=JSON_OPTIONS
        )


class OpenApiDocument(PublicApiView):
    def get(self, request):
        return JsonResponse(
            document(server=request.build_absolute_uri("/")), json_dumps_params=JSON_OPTIONS
        )
