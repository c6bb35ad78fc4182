"""The network search page: a thin view over search.selectors (the JSON API is in
search/api_views.py)."""

from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.formats import number_format
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from pages.listing import bind_filters, query_without_page
from pages.schedule import local_date
from search.alert_views import criteria_pairs
from search.forms import SearchForm
from search.queries import MAX_RESULTS, PER_PAGE
from search.registry import alert_kinds, employment_types, kinds
from search.selectors import network_search


def _answer(form, language: str):
    if not form.is_bound or not form.is_valid():
        return None
    return network_search(form.params(language=language), today=local_date(timezone.now()))


# Facets shown as links under the results; organisation and topic are checkbox lists in the
# form instead (CHECKBOX_FACETS), where several can be ticked.
FACET_HEADINGS = {
    "kind": _("What"),
    "city": _("Town or city"),
    "employment_type": _("Type of work"),
}
FACET_PARAMETERS = {"tags": "tag"}
# facet name → (heading, form field and query parameter)
CHECKBOX_FACETS = {"organisation": (_("Organisation"), "organisation"), "tags": (_("Topic"), "tag")}


def checkbox_facets(results, chosen: dict[str, list[str]]) -> list[dict]:
    """The organisation and topic facets as checkbox lists: each value with its count in the
    page's number format, ticked when chosen (in any case); a chosen value the results do not
    list any more stays, ticked, so the visitor can untick it."""
    facets = []
    for name, (heading, parameter) in CHECKBOX_FACETS.items():
        ticked = {value.casefold() for value in chosen.get(parameter, [])}
        buckets = results.facets.get(name, [])
        listed = {value.casefold() for value, _count in buckets}
        options = [
            {
                "value": value,
                "label": value,
                "count": number_format(count, force_grouping=True),
                "checked": value.casefold() in ticked,
            }
            for value, count in buckets
        ]
        options += [
            {"value": value, "label": value, "count": number_format(0), "checked": True}
            for value in chosen.get(parameter, [])
            if value.casefold() not in listed
        ]
        if options:
            facets.append({"heading": heading, "parameter": parameter, "options": options})
    return facets


def suggestion_query(request, suggestion: str) -> str:
    """The current search's query string with the suggested words (from the first page):
    "did you mean" keeps the ticked filters."""
    query = request.GET.copy()
    query.pop("page", None)
    query["q"] = suggestion
    return query.urlencode()


def readable_facets_and_hits(results):
    """Facets and hits with the words people read (kind and type-of-work labels from the
    plugins' registered choices, in the active language; headings; link parameters). The
    links keep the stored values."""
    labels = kinds()
    value_labels = {"kind": labels, "employment_type": employment_types()}
    facets = [
        {
            "heading": FACET_HEADINGS[name],
            "parameter": FACET_PARAMETERS.get(name, name),
            "buckets": [
                (
                    value,
                    value_labels.get(name, {}).get(value, value),
                    number_format(count, force_grouping=True),
                )
                for value, count in buckets
            ],
        }
        for name, buckets in results.facets.items()
        if buckets and name in FACET_HEADINGS
    ]
    hits = [(hit, labels.get(hit.kind, hit.kind)) for hit in results.hits]
    return facets, hits


def _alert_query(form, request) -> str | None:
    """The query string of a saved search for what is shown, when it can have alerts."""
    chosen = form.cleaned_data.get("kind") or []
    if chosen and not set(chosen) & set(alert_kinds()):
        return None
    return urlencode(criteria_pairs(request.GET))


@require_safe
def search_page(request):
    form = bind_filters(SearchForm, request)
    results = _answer(form, translation.get_language())
    pages = min(-(-results.total // PER_PAGE), MAX_RESULTS // PER_PAGE) if results else 0
    facets, hits = readable_facets_and_hits(results) if results else ([], [])
    context = {
        "form": form,
        "results": results,
        "facets": facets,
        "checkbox_facets": checkbox_facets(results, form.cleaned_data) if results else [],
        "suggestion_query": (
            suggestion_query(request, results.suggestion) if results and results.suggestion else ""
        ),
        "topic_suggestion_query": (
            suggestion_query(request, results.topic_suggestion)
            if results and results.topic_suggestion
            else ""
        ),
        "hits": hits,
        "page_number": (form.cleaned_data.get("page") or 1) if results else 1,
        "pages": pages,
        "query_without_page": query_without_page(request),
        "alert_query": _alert_query(form, request) if results else None,
    }
    status = 400 if form.is_bound and form.errors else 200
    return TemplateResponse(request, "search/search_page.html", context, status=status)
