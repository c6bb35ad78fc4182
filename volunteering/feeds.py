"""RSS and Atom feeds of open volunteer offers, with the listing's filters (see pages.feeds)."""

from django.utils import formats
from django.utils.html import format_html
from django.utils.translation import gettext as _

from pages.feeds import AtomFeedMixin, ListingFeed, xml_safe
from volunteering.listing import offer_filters
from volunteering.selectors import listing_queryset


class OfferRssFeed(ListingFeed):
    def bind(self, request):
        return offer_filters(index_page=self.page, request=request)

    def queryset(self, filters, *, now):
        return listing_queryset(
            locale=self.page.locale_id,
            filters=filters,
            language_code=self.page.locale.language_code,
            now=now,
        )

    def item_description(self, offer):
        summary = format_html("<p>{}</p>", offer.summary)
        if offer.deadline_date:
            deadline = formats.date_format(offer.deadline_date, "DATE_FORMAT")
            summary += format_html("<p>{} {}</p>", _("Apply by"), deadline)
        return xml_safe(summary)


class OfferAtomFeed(AtomFeedMixin, OfferRssFeed):
    pass
