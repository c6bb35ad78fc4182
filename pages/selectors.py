"""Read-side queries for the network pages (the card helpers are in pages.cards)."""

from django.apps import apps
from django.http import HttpRequest

from wagtail.models import Locale

from pages.cards import attach_organisations
from pages.locales import locale_by_id
from pages.models import (
    ConferenceIndexPage,
    ContentPage,
    NetworkHomePage,
    OrganisationIndexPage,
    OrganisationPage,
    ProgrammeIndexPage,
)
from pages.registry import latest_sections
from pages.schedule import EventTiming, event_timing_filter
from pages.site_homes import child_of_type, home_children, root_path_of
from pages.visibility import public

HOME_ORGANISATION_LIMIT = 12
LATEST_LIMIT = 4
HOME_PROGRAMME_LIMIT = 6


# What each index lists is said once, by the index page itself.
def organisations_in(locale: Locale):
    return OrganisationIndexPage.items_in(locale)


def programmes_in(locale: Locale):
    return ProgrammeIndexPage.items_in(locale)


def conferences_in(locale: Locale):
    return ConferenceIndexPage.items_in(locale)


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
    }
