"""Read-side queries for the network pages."""

from django.apps import apps
from django.http import HttpRequest

from wagtail.models import Locale, Site

from pages.directory import all_organisation_paths
from pages.locales import locale_by_id
from pages.models import (
    ConferencePage,
    ContentPage,
    NetworkHomePage,
    OrganisationIndexPage,
    OrganisationPage,
    ProgrammePage,
)
from pages.registry import latest_sections
from pages.schedule import EventTiming, event_timing_filter
from pages.site_homes import child_of_type, home_children, root_path_of
from pages.visibility import public

HOME_ORGANISATION_LIMIT = 12
LATEST_LIMIT = 4
HOME_PROGRAMME_LIMIT = 6


def organisations_in(locale: Locale | int):
    return (
        public(OrganisationPage.objects.live())
        .filter(locale=locale)
        .select_related("logo")
        .order_by("title")
    )


def programmes_in(locale: Locale | int):
    return public(ProgrammePage.objects.live()).filter(locale=locale)


def conferences_in(locale: Locale | int):
    return public(ConferencePage.objects.live()).filter(locale=locale)


def upcoming_conferences(
    *, locale: Locale | int, now, organisation: OrganisationPage | None = None
):
    queryset = conferences_in(locale).filter(event_timing_filter(EventTiming.UPCOMING, now=now))
    if organisation is not None:
        queryset = queryset.descendant_of(organisation)
    return queryset.order_by("start_at")


def rendered_sections(
    *,
    locale: Locale | int,
    request: HttpRequest,
    page,
    organisation: OrganisationPage | None = None,
) -> list:
    root = root_path_of(page)
    children = home_children(request, root) if root else []
    sections = []
    for section in latest_sections():
        items = list(section.items(locale=locale, organisation=organisation, limit=LATEST_LIMIT))
        if items:
            more_model = apps.get_model(section.more_page_type) if section.more_page_type else None
            more = child_of_type(children, more_model) if more_model else None
            sections.append({"section": section, "items": items, "more": more})
    return sections


def home_sections(*, home: NetworkHomePage, request: HttpRequest) -> dict:
    # Wagtail routes to the home without its locale; the locales are kept across requests.
    locale = locale_by_id(home.locale_id)
    root = root_path_of(home)
    children = home_children(request, root) if root else []
    return {
        "organisations": organisations_in(locale)[:HOME_ORGANISATION_LIMIT],
        "organisation_index": child_of_type(children, OrganisationIndexPage),
        # Newest first, finished ones included: a network shows what its members have done.
        "programmes": attach_organisations(
            programmes_in(locale).order_by("-start_date")[:HOME_PROGRAMME_LIMIT]
        ),
        "latest_sections": rendered_sections(locale=locale, request=request, page=home),
    }


def organisation_sections(*, organisation: OrganisationPage, request: HttpRequest) -> dict:
    locale = organisation.locale
    return {
        "programmes": programmes_in(locale).descendant_of(organisation).order_by("-start_date"),
        "news": public(ContentPage.objects.live())
        .child_of(organisation)
        .order_by("-first_published_at")[:LATEST_LIMIT],
        "latest_sections": rendered_sections(
            locale=locale, request=request, page=organisation, organisation=organisation
        ),
        "memberships": organisation.memberships.select_related("network"),
    }


def attach_organisations(pages) -> list:
    """Set `page.organisation` (an OrganisationEntry, or None) on each page, from the cached
    organisation directory: no query per listing in the steady state."""
    pages = list(pages)
    by_path = all_organisation_paths()
    steplen = OrganisationPage.steplen
    for page in pages:
        page.organisation = next(
            (
                by_path[page.path[:length]]
                for length in range(len(page.path), 0, -steplen)
                if page.path[:length] in by_path
            ),
            None,
        )
    return pages


def attach_urls(pages, request) -> list:
    """Set `page.listing_url` for every page, exactly as Page.get_url(request) would, asking
    Wagtail once per (site, language) and reusing its prefix for the rest of the listing.
    The site a page belongs to comes from Wagtail's cached `Site.get_site_root_paths()`, read
    once for the whole listing."""
    pages = list(pages)
    root_paths = Site.get_site_root_paths()
    prefixes: dict[tuple, str | None] = {}
    for page in pages:
        possible = [root for root in root_paths if page.url_path.startswith(root.root_path)]
        if not possible:
            page.listing_url = None
            continue
        site_id, root_path, _root_url, language_code = possible[0]
        key = (site_id, root_path, language_code, len(possible))
        suffix = page.url_path[len(root_path) :]
        if key not in prefixes:
            url = page.get_url(request)
            prefixes[key] = url[: -len(suffix)] if url and suffix and url.endswith(suffix) else None
            page.listing_url = url
            continue
        prefix = prefixes[key]
        page.listing_url = prefix + suffix if prefix is not None else page.get_url(request)
    return pages


def prepare_cards(pages, request) -> list:
    return attach_urls(attach_organisations(pages), request)
