"""Read-side queries for the network pages."""

from django.http import HttpRequest
from django.utils import timezone

from wagtail.models import Locale

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

HOME_ORGANISATION_LIMIT = 12
LATEST_LIMIT = 4
HOME_PROGRAMME_LIMIT = 6


def organisations_in(locale: Locale):
    return (
        OrganisationPage.objects.live()
        .public()
        .filter(locale=locale)
        .select_related("logo")
        .order_by("title")
    )


def programmes_in(locale: Locale):
    return ProgrammePage.objects.live().public().filter(locale=locale)


def conferences_in(locale: Locale):
    return ConferencePage.objects.live().public().filter(locale=locale)


def upcoming_conferences(*, locale: Locale, now, organisation: OrganisationPage | None = None):
    queryset = conferences_in(locale).filter(event_timing_filter(EventTiming.UPCOMING, now=now))
    if organisation is not None:
        queryset = queryset.descendant_of(organisation)
    return queryset.order_by("start_at")


def organisation_for_page(page) -> OrganisationPage | None:
    return OrganisationPage.objects.ancestor_of(page, inclusive=True).first()


def rendered_sections(*, locale: Locale, organisation: OrganisationPage | None = None) -> list:
    sections = []
    for section in latest_sections():
        items = list(section.items(locale=locale, organisation=organisation, limit=LATEST_LIMIT))
        if items:
            more = section.more_link(locale) if section.more_link else None
            sections.append({"section": section, "items": items, "more": more})
    return sections


def home_sections(*, home: NetworkHomePage, request: HttpRequest) -> dict:
    locale = home.locale
    organisation_index = (
        OrganisationIndexPage.objects.live().child_of(home).filter(locale=locale).first()
    )
    return {
        "organisations": organisations_in(locale)[:HOME_ORGANISATION_LIMIT],
        "organisation_index": organisation_index,
        # Newest first, finished ones included: a network shows what its members have done.
        "programmes": attach_organisations(
            programmes_in(locale).order_by("-start_date")[:HOME_PROGRAMME_LIMIT]
        ),
        "latest_sections": rendered_sections(locale=locale),
    }


def organisation_sections(*, organisation: OrganisationPage) -> dict:
    today = timezone.localdate()
    locale = organisation.locale
    return {
        "programmes": programmes_in(locale).descendant_of(organisation).order_by("-start_date"),
        "news": ContentPage.objects.live()
        .public()
        .child_of(organisation)
        .order_by("-first_published_at")[:LATEST_LIMIT],
        "latest_sections": rendered_sections(locale=locale, organisation=organisation),
        "memberships": organisation.memberships.select_related("network"),
        "today": today,
    }


def attach_organisations(pages) -> list:
    """Set `page.organisation` on each page with one query, whatever the page depth."""
    pages = list(pages)
    steplen = OrganisationPage.steplen
    prefixes = {
        page.path[:length]
        for page in pages
        for length in range(steplen, len(page.path) + 1, steplen)
    }
    by_path = {
        organisation.path: organisation
        for organisation in OrganisationPage.objects.filter(path__in=prefixes).only(
            "id", "path", "title", "short_name", "url_path", "locale_id", "slug", "depth"
        )
    }
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
