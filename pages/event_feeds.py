"""RSS and Atom feeds of the event index, with the listing's filters (see pages.feeds)."""

from django.db.models import F
from django.utils.html import format_html
from django.utils.translation import gettext as _

from pages.event_time import event_time
from pages.feeds import AtomFeedMixin, ListingFeed, xml_safe
from pages.models.choices import AttendanceMode


class EventRssFeed(ListingFeed):
    """Events of a ConferenceIndexPage with its filters, the latest announced first: a feed
    tells what is new, while the listing runs in calendar order."""

    def feed_order(self, queryset):
        return queryset.order_by(F("first_published_at").desc(nulls_last=True), "-pk")

    def item_description(self, event):
        place = _("online") if event.attendance_mode == AttendanceMode.ONLINE else event.city
        when = event_time(start_at=event.start_at, end_at=event.end_at)
        return xml_safe(format_html("<p>{} · {}</p><p>{}</p>", when, place, event.summary))


class EventAtomFeed(AtomFeedMixin, EventRssFeed):
    pass
