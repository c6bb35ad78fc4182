"""Filtered, paginated listings for the index pages. They work without JavaScript: the filters
are a GET form, so every filtered view has a shareable URL. The filters are FilterSets
(pages.filters); the page models build their context with `listing_context`."""

import datetime
import hashlib
from urllib.parse import urlencode

from django.core.exceptions import EmptyResultSet
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject, cached_property

from pages.cache import until_content_changes

PER_PAGE = 12


def with_filter_status(response):
    """Invalid filters render the listing with their error messages and a 400."""
    form = response.context_data.get("filter_form") if hasattr(response, "context_data") else None
    if form is not None and form.is_bound and form.errors:
        response.status_code = 400
    return response


class IdListPaginator(Paginator):
    """Pages through the ordered ids of every matching row, then loads only the page's rows.

    Counting and sorting thousands of matching rows costs more than the rest of a listing, so
    the id list is cached. It changes only with the query itself (its SQL and parameters,
    which carry today's date) or when content is published, unpublished, moved or restricted,
    which bumps the content version. A query with an exact instant among its parameters ("in
    the last 7 days", "starting after now") would never be asked again, so it is not cached.
    Any page, the first or the fiftieth, is then a slice of that list, and the second query
    fetches just the dozen rows shown, with the queryset's joins, when they are first read: a
    template whose cards come from a fragment cache never reads them."""

    @cached_property
    def ids(self) -> list:
        ids = self.object_list.values_list("pk", flat=True)
        try:
            sql, params = ids.query.sql_with_params()
        except EmptyResultSet:  # queryset.none(), or a filter no row can match
            return []
        if any(isinstance(value, datetime.datetime) for value in params):
            return list(ids)
        key = hashlib.sha256(repr((sql, params)).encode()).hexdigest()
        return until_content_changes(f"listing-ids:{key}", lambda: list(ids))

    @cached_property
    def count(self) -> int:
        return len(self.ids)

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        ids = self.ids[bottom : bottom + self.per_page]
        return PaginatorPage(SimpleLazyObject(lambda: self.rows(ids)), number, self)

    def rows(self, ids: list) -> list:
        rows = {row.pk: row for row in self.object_list.filter(pk__in=ids)}
        return [rows[pk] for pk in ids if pk in rows]


def paginate(queryset, *, page_number: int | None, per_page: int = PER_PAGE) -> PaginatorPage:
    # get_page clamps a too-large page to the last one rather than failing.
    results = IdListPaginator(queryset, per_page).get_page(page_number or 1)
    results.elided_range = list(
        results.paginator.get_elided_page_range(results.number, on_each_side=2, on_ends=1)
    )
    return results


def bind_filters(form_class, request: HttpRequest, **kwargs):
    """A GET form bound to the query, or unbound when there is none (the search page's)."""
    data = request.GET if request.GET else None
    return form_class(data, **kwargs)


def query_without_page(request: HttpRequest) -> str:
    """The current query string without its page number, for links to the other pages."""
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


# Not filters: the page number, the order, the way back, and the keyword box (shown apart).
NOT_COUNTED = frozenset({"page", "sort", "back", "q"})


def active_filter_count(query, *, fields) -> int:
    """How many of the listing's filters the query sets (the "Filters (2)" of the
    disclosure): the form's fields with a non-blank value, one each however many values."""
    return sum(
        1
        for name in fields
        if name not in NOT_COUNTED and any(value.strip() for value in query.getlist(name))
    )


def prepare_lazily(results: PaginatorPage, request: HttpRequest, prepare) -> None:
    """The page's items become cards when the template first reads them, so a listing whose
    cards come from a fragment cache (the job board's) neither loads nor prepares them."""
    items = results.object_list
    results.object_list = SimpleLazyObject(lambda: prepare(items, request))


def listing_context(filterset, request: HttpRequest, *, prepare) -> dict:
    """A listing's page of results (`prepare` turns the page's items into cards) with its
    filter form, as the listing templates want them. A filtered listing's cards carry the way
    back to it (`back_query`, read by pages.templatetags.card_tags.back_to_results_url)."""
    results = paginate(filterset.results(), page_number=filterset.page_number)
    prepare_lazily(results, request, prepare)
    return {
        "filter_form": filterset.form,
        "filters_stamp": filterset.choices_stamp(),
        "results": results,
        "query_without_page": query_without_page(request),
        "active_filter_count": active_filter_count(request.GET, fields=filterset.form.fields),
        "back_query": urlencode({"back": request.get_full_path()}) if request.GET else "",
    }


def section_context(queryset, request: HttpRequest, *, prepare) -> dict:
    """An organisation's own section of a board (its jobs, its volunteer offers): every open
    item, paginated like the board, without filters."""
    results = paginate(queryset, page_number=request.GET.get("page"))
    prepare_lazily(results, request, prepare)
    return {"results": results, "query_without_page": ""}
