"""RSS and Atom feeds of open volunteer offers, with the board's filters (see pages.feeds): the
feed binds the board's own FilterSet and keeps its order."""

from django.utils import formats
from django.utils.html import format_html
from django.utils.translation import gettext as _

from pages.feeds import AtomFeedMixin, ListingFeed, xml_safe


class OfferRssFeed(ListingFeed):
    def item_description(self, offer):
        summary = format_html("<p>{}</p>", offer.summary)
        if offer.deadline_date:
            deadline = formats.date_format(offer.deadline_date, "DATE_FORMAT")
            summary += format_html("<p>{} {}</p>", _("Apply by"), deadline)
        return xml_safe(summary)


class OfferAtomFeed(AtomFeedMixin, OfferRssFeed):
    pass
