"""RSS and Atom feeds of open postings, with the board's filters (see pages.feeds): the feed
binds the board's own FilterSet and keeps its order."""

from django.utils.html import format_html

from pages.feeds import AtomFeedMixin, ListingFeed, xml_safe


class JobsRssFeed(ListingFeed):
    def item_description(self, posting):
        # The summary, as on the listing's cards; the full text is one click away.
        return xml_safe(format_html("<p>{}</p>", posting.summary))


class JobsAtomFeed(AtomFeedMixin, JobsRssFeed):
    pass
