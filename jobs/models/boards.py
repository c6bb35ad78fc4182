"""The job board and an organisation's job section: the pages that list postings. They sit
above jobs.models.pages (the postings), jobs.filters and jobs.selectors, which import only
the postings, so the pages build their listings without importing a view."""

from django.db import models
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from jobs.cards import prepare_job_cards
from jobs.feeds import JobsAtomFeed, JobsRssFeed
from jobs.filters import JobFilterSet
from jobs.selectors import open_postings
from pages.cards import prepare_cards
from pages.listing import section_context
from pages.models.mixins import ListingFeedsMixin, ListingIndexMixin
from pages.models.routing import ChildRouteMixin


def prepare_posting_cards(postings, request) -> list:
    return prepare_job_cards(prepare_cards(postings, request))


class JobBoardPage(ListingIndexMixin, ListingFeedsMixin, Page):
    """The network-wide job listing (/praca/, /en/jobs/) with filters and feeds."""

    content_panels = [*Page.content_panels, *ListingIndexMixin.index_panels]
    search_fields = [*Page.search_fields, *ListingIndexMixin.index_search_fields]
    filterset_class = JobFilterSet
    rss_feed_class = JobsRssFeed
    atom_feed_class = JobsAtomFeed

    parent_page_types = ["pages.NetworkHomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("job board")

    def listing_items(self, *, now) -> QuerySet:
        return open_postings(locale=self.locale_id, now=now)

    def prepare_listing_cards(self, items, request) -> list:
        return prepare_posting_cards(items, request)


class JobIndexPage(ChildRouteMixin, Page):
    """An organisation's own job section; its postings also appear on the network board."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    parent_page_types = ["pages.OrganisationPage"]
    subpage_types = ["jobs.JobPostingPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("job index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        postings = open_postings(locale=self.locale, now=timezone.now()).child_of(self)
        ordered = postings.order_by("-first_published_at", "pk")
        context.update(section_context(ordered, request, prepare=prepare_posting_cards))
        return context
