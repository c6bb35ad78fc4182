from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pages.registry import LatestSection, register_latest_section


def _upcoming_events(*, locale, organisation=None, limit):
    from pages.selectors import attach_organisations, upcoming_conferences

    events = upcoming_conferences(locale=locale, now=timezone.now(), organisation=organisation)
    return attach_organisations(events[:limit])


def register_event_section():
    register_latest_section(
        LatestSection(
            key="events",
            title=_("Upcoming events"),
            template="pages/sections/events.html",
            items=_upcoming_events,
            more_page_type="pages.ConferenceIndexPage",
            order=30,
        )
    )
