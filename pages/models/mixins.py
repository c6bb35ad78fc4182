"""Field groups shared by several page types; each brings its own panels."""

import datetime
from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import QuerySet
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index

from pages import geo
from pages.cards import prepare_cards
from pages.feeds import FEED_FORMATS, feed_links
from pages.listing import listing_context, with_filter_status
from pages.validators import validate_postal_code


class AddressMixin(models.Model):
    """A Polish postal address with optional WGS84 coordinates (used for maps and radius search)."""

    street_address = models.CharField(_("street and number"), max_length=200, blank=True)
    postal_code = models.CharField(
        _("postal code"), max_length=6, blank=True, validators=[validate_postal_code]
    )
    city = models.CharField(_("town or city"), max_length=100, blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(-90)), MaxValueValidator(Decimal(90))],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(-180)), MaxValueValidator(Decimal(180))],
    )

    address_panels = [
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("city")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Address"),
        )
    ]
    address_synchronised_fields = ["postal_code", "latitude", "longitude"]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        # Pages saved without a form (imports, demo data, clean=False) get their point too; a
        # save of a few named columns (a revision pointer, a lock) leaves the address alone.
        if kwargs.get("update_fields") is None:
            self.locate_from_town()
        return super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        self.locate_from_town()

    def locate_from_town(self) -> None:
        """Coordinates follow the town, from the offline gazetteer: filled in when the editor
        left them empty or they are the point of a town (so were filled in before, perhaps for
        an earlier town); coordinates typed by hand are kept. When the town changes to one the
        gazetteer does not know, the old town's point is dropped rather than left wrong."""
        filled_before = self.has_coordinates and geo.place_at(self.latitude, self.longitude)
        if self.has_coordinates and not filled_before:
            return
        if town := geo.find_place(self.city) if self.city else None:
            self.latitude = Decimal(f"{town.latitude:.6f}")
            self.longitude = Decimal(f"{town.longitude:.6f}")
        elif filled_before and self._town_changed():
            self.latitude = self.longitude = None

    def _town_changed(self) -> bool:
        # A translation keeps the source's point under a town name the gazetteer may not know;
        # only an edit of the town itself drops it.
        stored = type(self).objects.filter(pk=self.pk).values_list("city", flat=True).first()
        return self.pk is not None and stored is not None and stored != self.city

    @property
    def town_unknown(self) -> bool:
        """A town is given but the page has no point: radius filters, search by distance and
        matching cannot place it (the admin warns the editor)."""
        return bool(self.city) and not self.has_coordinates

    @property
    def has_coordinates(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    @property
    def address_line(self) -> str:
        locality = " ".join(part for part in (self.postal_code, self.city) if part)
        return ", ".join(part for part in (self.street_address, locality) if part)

    def postal_address_json_ld(self) -> dict:
        """The parts of the address that are filled in (Google rejects empty strings)."""
        parts = {
            "streetAddress": self.street_address,
            "postalCode": self.postal_code,
            "addressLocality": self.city,
        }
        return {
            "@type": "PostalAddress",
            **{key: value for key, value in parts.items() if value},
            "addressCountry": "PL",
        }

    def geo_json_ld(self) -> dict | None:
        if not self.has_coordinates:
            return None
        return {
            "@type": "GeoCoordinates",
            "latitude": float(self.latitude),
            "longitude": float(self.longitude),
        }


class ListingIndexMixin(models.Model):
    """A network-wide index page: an introduction, then a filtered, paginated listing.

    A page type names its filters (`filterset_class`, a pages.filters.ListingFilterSet) and
    says which items it lists (`listing_items`) and how they become cards
    (`prepare_listing_cards`); `get_context` puts the page of results and the bound filter
    form in the context, and `serve` answers invalid filters with their errors and a 400. The
    feeds (ListingFeedsMixin) bind the very same FilterSet through `listing_filters`."""

    introduction = models.TextField(_("introduction"), blank=True)

    index_panels = [FieldPanel("introduction")]
    index_search_fields = [index.SearchField("introduction")]
    filterset_class: type | None = None
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def listing_items(self, *, now: datetime.datetime) -> QuerySet:
        """Everything the listing shows when no filter is chosen."""
        raise NotImplementedError

    def prepare_listing_cards(self, items, request) -> list:
        return prepare_cards(items, request)

    def listing_filters(self, request):
        """The listing's FilterSet bound to the request's query (unbound without one)."""
        now = timezone.now()
        return self.filterset_class(
            request.GET or None,
            self.listing_items(now=now),
            locale_id=self.locale_id,
            # The language the page is shown in: Wagtail serves a page in its own locale's
            # language, and a feed activates it (reading self.locale would cost a query).
            language_code=translation.get_language(),
            now=now,
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filterset = self.listing_filters(request)
        context.update(listing_context(filterset, request, prepare=self.prepare_listing_cards))
        if isinstance(self, ListingFeedsMixin):
            # The feeds take the same filters, so a filtered listing links its own feed.
            context["feed_links"] = feed_links(
                self, filterset.form, request, formats=self.feed_formats
            )
        return context

    def serve(self, request, *args, **kwargs):
        return with_filter_status(super().serve(request, *args, **kwargs))


class ListingFeedsMixin(RoutablePageMixin):
    """RSS and Atom feeds of a listing page at `rss/` and `atom/` below it, taking the
    listing's filters (see pages.feeds). `rss_feed_class` and `atom_feed_class` are
    pages.feeds.ListingFeed subclasses, called with page=. Put it after ListingIndexMixin in
    the bases, so that mixin's serve still gives invalid filters their 400."""

    rss_feed_class: type | None = None
    atom_feed_class: type | None = None
    # Route name -> (label, media type) of each feed the listing links (pages.feeds).
    feed_formats = FEED_FORMATS

    @path("rss/", name="rss")
    def rss(self, request):
        return self.rss_feed_class(page=self)(request)

    @path("atom/", name="atom")
    def atom(self, request):
        return self.atom_feed_class(page=self)(request)

    def get_cached_paths(self):
        # What the edge cache holds of this page (wagtail.contrib.frontend_cache purges each;
        # every filter combination of a path goes with it, deploy/varnish/default.vcl).
        return ["/", self.reverse_subpage("rss"), self.reverse_subpage("atom")]


class InOrganisationMixin:
    """A page that lives in an organisation's subtree."""

    def get_organisation(self):
        return self.parent_organisation

    @cached_property
    def parent_organisation(self):
        # Asked for by the template, the structured data and the share card of one request.
        from .organisation import OrganisationPage

        return OrganisationPage.objects.ancestor_of(self).first()


class ClosingPageMixin:
    """A page that takes people until it closes (`is_open_at(now)`, from a deadline or
    places). A closed page stays reachable, with its banner, but is not offered to crawlers."""

    @property
    def is_open(self) -> bool:
        return self.is_open_at(timezone.now())

    def get_sitemap_urls(self, request=None):
        return super().get_sitemap_urls(request) if self.is_open else []

    def closing_page_context(self, request, *, json_ld) -> dict:
        """What a posting's or an offer's page shows of its state: whether it is open, its
        organisation, and `json_ld(page, organisation=, request=)` only while it is open
        (search engines must not be told a closed one still takes people). Needs
        InOrganisationMixin's get_organisation."""
        is_open = self.is_open_at(timezone.now())
        organisation = self.get_organisation()
        return {
            "is_open": is_open,
            "organisation": organisation,
            "json_ld": json_ld(self, organisation=organisation, request=request)
            if is_open
            else None,
        }


class ShareCardMixin:
    """A page whose link preview is a share card drawn for it (pages/share_cards.py): its
    kind, its title and its organisation. Plugins' page types take it too, so the core draws
    their cards without importing them."""

    og_type = "website"

    def share_card_kind(self) -> str:
        return str(self.get_verbose_name())
