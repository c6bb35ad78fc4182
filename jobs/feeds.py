"""RSS and Atom feeds of open postings; a filtered listing links a feed with its own filters."""

import re

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from jobs.forms import JobFilterForm
from jobs.json_ld import plain_description
from jobs.selectors import listing_queryset

FEED_SIZE = 50
# XML 1.0 forbids these; word processors paste them (vertical tab, form feed...).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    return _CONTROL.sub(" ", text or "")


class JobsRssFeed(Feed):
    def __init__(self, *, board):
        super().__init__()
        self.board = board

    def get_object(self, request, *args, **kwargs):
        form = JobFilterForm(request.GET or None, locale_id=self.board.locale_id)
        self.filters = form.active_filters() if form.is_bound and form.is_valid() else {}
        self.request = request
        return self.board

    def title(self, board):
        return xml_safe(_("Jobs: %(title)s") % {"title": board.title})

    def link(self, board):
        return board.url

    def description(self, board):
        return xml_safe(board.introduction or board.title)

    def items(self, board):
        return listing_queryset(locale=board.locale_id, filters=self.filters, now=timezone.now())[
            :FEED_SIZE
        ]

    def item_title(self, posting):
        return xml_safe(posting.title)

    def item_description(self, posting):
        return xml_safe(plain_description(posting))

    def item_link(self, posting):
        return posting.url

    def item_pubdate(self, posting):
        return posting.first_published_at

    def item_guid(self, posting):
        return str(posting.translation_key)

    item_guid_is_permalink = False


class JobsAtomFeed(JobsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, board):
        return self.description(board)
