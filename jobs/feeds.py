"""RSS and Atom feeds of open postings, with the listing's filters (see pages.feeds)."""

from django.utils.html import format_html

from jobs.forms import job_filters
from jobs.selectors import listing_queryset
from pages.feeds import AtomFeedMixin, ListingFeed, xml_safe


class JobsRssFeed(ListingFeed):
    def bind(self, request):
        return job_filters(board=self.page, request=request)

    def queryset(self, filters, *, now):
        return listing_queryset(locale=self.page.locale_id, filters=filters, now=now)

    def item_description(self, posting):
        # The summary, as on the listing's cards; the full text is one click away.
        return xml_safe(format_html("<p>{}</p>", posting.summary))


class JobsAtomFeed(AtomFeedMixin, JobsRssFeed):
    pass
