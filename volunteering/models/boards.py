"""The volunteer board and an organisation's volunteering section: the pages that list offers.
They sit above volunteering.models.pages (the offers), volunteering.filters and
volunteering.selectors, so they build their listings without importing a view."""

from django.db import models
from django.db.models import F, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from pages.cards import prepare_cards
from pages.listing import section_context
from pages.models.mixins import ListingFeedsMixin, ListingIndexMixin
from pages.models.routing import ChildRouteMixin
from volunteering.cards import prepare_offer_cards
from volunteering.feeds import OfferAtomFeed, OfferRssFeed
from volunteering.filters import OfferFilterSet
from volunteering.selectors import open_offers


def prepare_offer_listing_cards(offers, request) -> list:
    return prepare_offer_cards(prepare_cards(offers, request))


def prepare_section_cards(offers, request) -> list:
    # On the organisation's own page its cards need not name it (nor read the directory).
    return prepare_offer_cards(offers)


class VolunteerBoardPage(ListingIndexMixin, ListingFeedsMixin, Page):
    """The network-wide list of volunteer offers (/wolontariat/, /en/volunteering/), with its
    RSS and Atom feeds."""

    content_panels = [*Page.content_panels, *ListingIndexMixin.index_panels]
    search_fields = [*Page.search_fields, *ListingIndexMixin.index_search_fields]
    filterset_class = OfferFilterSet
    rss_feed_class = OfferRssFeed
    atom_feed_class = OfferAtomFeed

    parent_page_types = ["pages.NetworkHomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("volunteer board")

    def listing_items(self, *, now) -> QuerySet:
        return open_offers(locale=self.locale_id, now=now)

    def prepare_listing_cards(self, items, request) -> list:
        return prepare_offer_listing_cards(items, request)


class VolunteerIndexPage(ChildRouteMixin, Page):
    """An organisation's volunteering section; its offers also appear on the network board,
    and it pages through them as the organisation's job section does."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    parent_page_types = ["pages.OrganisationPage"]
    subpage_types = ["volunteering.VolunteerOfferPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("volunteering index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        offers = open_offers(locale=self.locale, now=timezone.now()).child_of(self)
        ordered = offers.order_by(F("deadline_date").asc(nulls_last=True), "title", "pk")
        context.update(section_context(ordered, request, prepare=prepare_section_cards))
        return context
