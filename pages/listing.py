"""Filtered, paginated listings for the index pages. They work without JavaScript: the filters
are a GET form, so every filtered view has a shareable URL."""

import datetime
import hashlib

from django.core.exceptions import EmptyResultSet
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.http import HttpRequest
from django.utils import timezone
from django.utils.functional import cached_property

from pages.cache import until_content_changes
from pages.forms import ConferenceFilterForm, OrganisationFilterForm, ProgrammeFilterForm
from pages.schedule import EventTiming, event_timing_filter, status_filter
from pages.selectors import (
    conferences_in,
    organisations_in,
    prepare_cards,
    programmes_in,
)

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
    fetches just the dozen rows shown, with the queryset's joins."""

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
        rows = {row.pk: row for row in self.object_list.filter(pk__in=ids)}
        return PaginatorPage([rows[pk] for pk in ids if pk in rows], number, self)


def paginate(queryset, *, page_number: int | None, per_page: int = PER_PAGE) -> PaginatorPage:
    # get_page clamps a too-large page to the last one rather than failing.
    results = IdListPaginator(queryset, per_page).get_page(page_number or 1)
    results.elided_range = list(
        results.paginator.get_elided_page_range(results.number, on_each_side=2, on_ends=1)
    )
    return results


def bind_filters(form_class, request: HttpRequest, **kwargs):
    data = request.GET if request.GET else None
    return form_class(data, **kwargs)


def query_without_page(request: HttpRequest) -> str:
    """The current query string without its page number, for links to the other pages."""
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


def listing_context(form, queryset, request):
    if form.is_bound and not form.is_valid():
        queryset = queryset.none()
    page_number = form.cleaned_data.get("page") if form.is_bound and form.is_valid() else 1
    results = paginate(queryset, page_number=page_number)
    results.object_list = prepare_cards(results.object_list, request)
    return {
        "filter_form": form,
        "results": results,
        "query_without_page": query_without_page(request),
    }


def organisation_listing(*, index_page, request: HttpRequest) -> dict:
    form = bind_filters(OrganisationFilterForm, request)
    queryset = organisations_in(index_page.locale)
    filters = form.active_filters()
    if "area" in filters:
        queryset = queryset.filter(areas_of_work=filters["area"])
    if "legal_form" in filters:
        queryset = queryset.filter(legal_form=filters["legal_form"])
    return listing_context(form, queryset.distinct(), request)


def programme_listing(*, index_page, request: HttpRequest) -> dict:
    locale = index_page.locale
    form = bind_filters(ProgrammeFilterForm, request, locale_id=index_page.locale_id)
    queryset = programmes_in(locale)
    filters = form.active_filters()
    if "organisation" in filters:
        queryset = queryset.filter(filters["organisation"].subtree())
    if "tag" in filters:
        queryset = queryset.filter(tags=filters["tag"])
    if "status" in filters:
        queryset = queryset.filter(status_filter(filters["status"], today=timezone.localdate()))
    return listing_context(form, queryset.order_by("-start_date", "title").distinct(), request)


def conference_filters(*, index_page, request: HttpRequest) -> ConferenceFilterForm:
    """The event filters of a request, validated alike for the listing and its feeds."""
    return bind_filters(ConferenceFilterForm, request, locale_id=index_page.locale_id)


def conference_queryset(*, locale, filters: dict, now: datetime.datetime):
    queryset = conferences_in(locale)
    if "organisation" in filters:
        queryset = queryset.filter(filters["organisation"].subtree())
    if "kind" in filters:
        queryset = queryset.filter(kind=filters["kind"])
    if "tag" in filters:
        queryset = queryset.filter(tags=filters["tag"])
    if "when" in filters:
        queryset = queryset.filter(event_timing_filter(filters["when"], now=now))
    if "from_date" in filters:
        queryset = queryset.filter(end_at__date__gte=filters["from_date"])
    if "to_date" in filters:
        queryset = queryset.filter(start_at__date__lte=filters["to_date"])
    return queryset.distinct()


def conference_listing(*, index_page, request: HttpRequest) -> dict:
    form = conference_filters(index_page=index_page, request=request)
    filters = form.active_filters()
    queryset = conference_queryset(locale=index_page.locale, filters=filters, now=timezone.now())
    ordering = "-start_at" if filters.get("when") == EventTiming.PAST else "start_at"
    return listing_context(form, queryset.order_by(ordering), request)
