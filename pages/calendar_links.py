"""Where an organisation's calendar of events is: the event index's iCalendar feed
(pages.calendar_feed) filtered by the organisation, linked from the organisation's page."""

from urllib.parse import urlencode

from pages.models import ConferenceIndexPage
from pages.site_homes import child_of_type, home_children, root_path_of


def organisation_calendar_link(organisation, request) -> dict | None:
    """`<link rel="alternate">` data (as pages.feeds.feed_links gives) for `organisation`'s
    events; None where its home has no event index. The index comes from the home's children
    the main menu has read already: the link costs no query."""
    root = root_path_of(organisation)
    index = child_of_type(home_children(request, root), ConferenceIndexPage) if root else None
    if index is None:
        return None
    label, media_type = ConferenceIndexPage.feed_formats["ics"]
    query = urlencode({"organisation": organisation.slug})
    return {
        "name": "ics",
        "label": label,
        "media_type": media_type,
        "title": f"{label}: {index.title} – {organisation.title}",
        "href": f"{index.get_url(request)}{index.reverse_subpage('ics').lstrip('/')}?{query}",
    }
