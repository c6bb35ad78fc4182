from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from pages import places
from pages.blocks import AgendaSessionBlock, BodyBlock
from pages.calendar_feed import MEDIA_TYPE as CALENDAR_MEDIA_TYPE
from pages.calendar_feed import calendar_feed_response
from pages.event_feeds import EventAtomFeed, EventRssFeed
from pages.feeds import FEED_FORMATS
from pages.filters import ConferenceFilterSet
from pages.ics import CalendarEvent, calendar_to_ics
from pages.json_ld import event_json_ld
from pages.models.choices import AttendanceMode, EventKind, RegistrationMode
from pages.schedule import registration_is_open
from pages.services import places_left, places_taken_by_event
from pages.site_url import site_hostname
from pages.visibility import public

from .mixins import (
    AddressMixin,
    InOrganisationMixin,
    ListingFeedsMixin,
    ListingIndexMixin,
    ShareCardMixin,
)
from .registration_routes import RegistrationRoutesMixin

WARSAW = ZoneInfo("Europe/Warsaw")


class ConferenceTag(TaggedItemBase):
    content_object = ParentalKey(
        "pages.ConferencePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ConferenceIndexPage(ListingIndexMixin, ListingFeedsMixin, Page):
    content_panels = [*Page.content_panels, *ListingIndexMixin.index_panels]
    search_fields = [*Page.search_fields, *ListingIndexMixin.index_search_fields]

    parent_page_types = ["pages.NetworkHomePage"]
    subpage_types = []
    filterset_class = ConferenceFilterSet
    rss_feed_class = EventRssFeed
    atom_feed_class = EventAtomFeed
    feed_formats = {**FEED_FORMATS, "ics": ("iCalendar", CALENDAR_MEDIA_TYPE)}

    class Meta:
        verbose_name = _("event index")

    @staticmethod
    def items_in(locale):
        return public(ConferencePage.objects.live()).filter(locale=locale)

    def listing_items(self, *, now):
        return self.items_in(self.locale)

    def prepare_listing_cards(self, items, request) -> list:
        """Each card of an event taking registrations here learns its places (one query for
        the page): `listing_places_left`, None when the card says nothing about them."""
        cards = super().prepare_listing_cards(items, request)
        now = timezone.now()
        open_here = [card for card in cards if card.capacity and card.registration_open_at(now)]
        taken = places_taken_by_event(open_here)
        for card in cards:
            card.listing_places_left = None
        for card in open_here:
            card.listing_places_left = max(card.capacity - taken.get(card.translation_key, 0), 0)
        return cards

    @path(pgettext_lazy("URL path", "calendar/"), name="ics")
    def ics(self, request):
        return calendar_feed_response(self, request)

    def get_cached_paths(self):
        return [*super().get_cached_paths(), self.reverse_subpage("ics")]


class ConferencePage(
    ShareCardMixin,
    InOrganisationMixin,
    RegistrationRoutesMixin,
    RoutablePageMixin,
    AddressMixin,
    Page,
):
    """Conferences, workshops, forums and study visits: anything with a date and a place."""

    kind = models.CharField(
        _("kind of event"), max_length=20, choices=EventKind.choices, default=EventKind.CONFERENCE
    )
    summary = models.TextField(_("summary"), help_text=_("Two or three sentences for listings."))
    start_at = models.DateTimeField(_("starts at"), help_text=_("Polish time (Europe/Warsaw)."))
    end_at = models.DateTimeField(_("ends at"), help_text=_("Polish time (Europe/Warsaw)."))
    attendance_mode = models.CharField(
        _("attendance"),
        max_length=20,
        choices=AttendanceMode.choices,
        default=AttendanceMode.IN_PERSON,
    )
    venue_name = models.CharField(_("venue"), max_length=250, blank=True)
    online_url = models.URLField(_("online event link"), blank=True)
    accessibility_info = models.TextField(
        _("venue accessibility"),
        blank=True,
        help_text=_("Step-free access, toilets, hearing loop, sign language, quiet room..."),
    )
    is_free = models.BooleanField(_("free of charge"), default=True)
    price = models.DecimalField(
        _("price (PLN)"), max_digits=8, decimal_places=2, null=True, blank=True
    )
    price_note = models.CharField(_("price note"), max_length=250, blank=True)
    registration_mode = models.CharField(
        _("registration"),
        max_length=10,
        choices=RegistrationMode.choices,
        default=RegistrationMode.NONE,
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    capacity = models.PositiveIntegerField(_("places"), null=True, blank=True)
    registration_closes_at = models.DateTimeField(
        _("registration closes at"), null=True, blank=True
    )
    # Events hang under the organisation, not under a programme: the grant reports count a
    # programme's participants through this link.
    programme = models.ForeignKey(
        "pages.ProgrammePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("programme"),
        help_text=_("The programme or project this event is part of, for the grant reports."),
    )
    agenda = StreamField([("session", AgendaSessionBlock())], verbose_name=_("agenda"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("more information"), blank=True)
    tags = ClusterTaggableManager(through=ConferenceTag, blank=True, verbose_name=_("tags"))

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("kind"), FieldPanel("attendance_mode")]),
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("start_at"), FieldPanel("end_at")], heading=_("When")),
        MultiFieldPanel(
            [FieldPanel("venue_name"), *AddressMixin.address_panels, FieldPanel("online_url")],
            heading=_("Where"),
        ),
        FieldPanel("accessibility_info"),
        MultiFieldPanel(
            [FieldPanel("is_free"), FieldPanel("price"), FieldPanel("price_note")],
            heading=_("Price"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("registration_mode"),
                FieldPanel("registration_url"),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("registration_closes_at")]),
            ],
            heading=_("Registration"),
        ),
        FieldPanel("programme"),
        FieldPanel("agenda"),
        FieldPanel("body"),
        FieldPanel("tags"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.SearchField("agenda"),
        index.SearchField("venue_name"),
        index.SearchField("city"),
        index.FilterField("start_at"),
        index.FilterField("end_at"),
        index.FilterField("kind"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    override_translatable_fields = [
        SynchronizedField(name)
        for name in (
            "online_url",
            "registration_url",
            "price",
            *AddressMixin.address_synchronised_fields,
        )
    ]

    # The main menu shows this page under the network's listing readers find it on, not
    # under the organisation that owns it in the page tree (see siec_tags.main_menu).
    menu_section = "pages.ConferenceIndexPage"
    parent_page_types = ["pages.OrganisationPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = {}
        if self.start_at and self.end_at and self.end_at < self.start_at:
            errors["end_at"] = _("The end cannot be earlier than the start.")
        if not self.is_free and self.price is None:
            errors["price"] = _("Give the price, or tick 'free of charge'.")
        if self.attendance_mode != AttendanceMode.IN_PERSON and not self.online_url:
            errors["online_url"] = _("An online event needs a link for participants.")
        if self.attendance_mode != AttendanceMode.ONLINE and not (self.venue_name or self.city):
            errors["venue_name"] = _("An on-site event needs a venue or at least a town.")
        if self.registration_mode == RegistrationMode.LINK and not self.registration_url:
            errors["registration_url"] = _("Give the registration link.")
        if self.registration_mode == RegistrationMode.FORM:
            if not self.capacity:
                errors["capacity"] = _("An on-site registration form needs a number of places.")
            if not self.registration_closes_at:
                errors["registration_closes_at"] = _("Say when registration closes.")
            elif self.end_at and self.registration_closes_at > self.end_at:
                errors["registration_closes_at"] = _(
                    "Registration cannot close after the event has ended."
                )
        if errors:
            raise ValidationError(errors)

    def share_card_kind(self) -> str:
        return str(self.get_kind_display())

    @property
    def local_start(self):
        return timezone.localtime(self.start_at, WARSAW)

    @property
    def local_end(self):
        return timezone.localtime(self.end_at, WARSAW)

    @property
    def has_venue(self) -> bool:
        """Whether people meet somewhere (in person or mixed), for templates."""
        return self.attendance_mode != AttendanceMode.ONLINE

    @property
    def listing_places_note(self) -> str:
        """What a listing's card says of the places: "full" (with a waiting list), "few", or
        "" (nothing: plenty left, or not counted here)."""
        left = getattr(self, "listing_places_left", None)
        if left is None:
            return ""
        if left == 0:
            return "full"
        return "few" if places.few_places_left(left=left, capacity=self.capacity) else ""

    @property
    def venue_line(self) -> str:
        """The venue and its address, only the parts given ("Sala A, Kraków", or "Kraków")."""
        return ", ".join(part for part in (self.venue_name, self.address_line) if part)

    @property
    def where_text(self) -> str:
        """Where the event is, in words, for e-mails: the venue line, "Online", or both."""
        if self.is_online:
            return gettext("Online")
        if self.is_mixed:
            return gettext("%(place)s and online") % {"place": self.venue_line}
        return self.venue_line

    @property
    def is_multi_day(self) -> bool:
        return self.local_start.date() != self.local_end.date()

    def registration_open_at(self, now) -> bool:
        return self.registration_mode == RegistrationMode.FORM and registration_is_open(
            closes_at=self.registration_closes_at, ends_at=self.end_at, now=now
        )

    @property
    def is_online(self) -> bool:
        return self.attendance_mode == AttendanceMode.ONLINE

    @property
    def has_online_part(self) -> bool:
        return self.attendance_mode != AttendanceMode.IN_PERSON

    @property
    def is_mixed(self) -> bool:
        return self.attendance_mode == AttendanceMode.MIXED

    @property
    def takes_registration_here(self) -> bool:
        return self.registration_mode == RegistrationMode.FORM

    @property
    def takes_registration_elsewhere(self) -> bool:
        return self.registration_mode == RegistrationMode.LINK

    @property
    def needs_no_registration(self) -> bool:
        return self.registration_mode == RegistrationMode.NONE

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        left = places_left(conference=self)
        context.update(
            {
                "registration_open": self.registration_open_at(now),
                "places_left": left,
                "event_json_ld": event_json_ld(self, request=request, now=now, places_left=left),
            }
        )
        return context

    def calendar_event(self, request=None) -> CalendarEvent:
        return CalendarEvent(
            # RFC 5545: a globally unique UID, the site's domain on the right; the same in the
            # network's feed (pages.calendar_feed) and in both languages.
            uid=f"{self.translation_key}@{site_hostname()}",
            title=self.title,
            description=self.summary,
            location=self.online_url if self.is_online else self.venue_line,
            url=self.get_full_url(request) or "",
            start_at=self.start_at,
            end_at=self.end_at,
            categories=(str(self.get_kind_display()),),
            last_modified_at=self.last_published_at,
        )

    def calendar_file(self, request=None, *, now) -> str:
        """The event as an iCalendar file: offered on the page, attached to the reminder."""
        return calendar_to_ics(
            events=[self.calendar_event(request)],
            name=self.title,
            uid=f"calendar-{self.translation_key}@{site_hostname()}",
            now=now,
        )

    @path(pgettext_lazy("URL path", "calendar/"), name="ics")
    def ics(self, request):
        body = self.calendar_file(request, now=timezone.now())
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.slug}.ics"'
        return response
