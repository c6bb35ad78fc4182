"""The network's iCalendar feed of events: the event index's `calendar/` route, taking the
listing's own filters (as its RSS and Atom feeds do, see pages.feeds), so
`kalendarz/?organisation=<slug>` is one organisation's calendar and a filter the listing
refuses is refused here with the same 400. Each event's UID is its translation key at the
site's host name, the same UID its own page's `.ics` download carries, so a client that
imported one event and subscribes to the feed keeps one copy of it."""

from django.http import HttpResponse
from django.utils import translation

from pages.feeds import filter_query, invalid_filter_response, listing_title, page_uuid
from pages.ics import calendar_to_ics

# Past events stay in the feed (a calendar keeps history); the oldest drop out past this.
CALENDAR_SIZE = 500
MEDIA_TYPE = "text/calendar"


def calendar_feed_response(page, request) -> HttpResponse:
    """The events `page` (a ConferenceIndexPage) lists with the request's filters."""
    language_code = page.locale.language_code
    with translation.override(language_code):
        filterset = page.listing_filters(request)
        form = filterset.form
        if form.is_bound and not form.is_valid():
            return invalid_filter_response(form)
        query = filter_query(form)
        events = filterset.results().order_by("-start_at", "-pk")[:CALENDAR_SIZE]
        body = calendar_to_ics(
            events=[event.calendar_event(request) for event in events],
            name=listing_title(page, form),
            uid=page_uuid(page, "calendar", query, language_code=language_code),
            url=page.get_full_url(request) + (f"?{query}" if query else ""),
            now=filterset.now,
        )
    response = HttpResponse(body, content_type=f"{MEDIA_TYPE}; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{page.slug}.ics"'
    return response
