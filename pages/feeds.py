"""RSS 2.0 and Atom (RFC 4287) feeds of a filtered listing, and the links to them.

A feed takes the very filters its listing takes, validated by the same FilterSet (the page's
`listing_filters`, see pages.filters): a feed reader
subscribed to `/praca/rss/?city=Kraków` gets what `/praca/?city=Kraków` shows, and a filter the
listing refuses with a 400 is refused by the feed with a 400 too (in plain text, since a feed
reader cannot show a form). Each filter and language is a feed of its own: its self link, id
and title name the filter. Ids are `urn:uuid:` IRIs derived from the page's translation key
and the language, so they stay the same when the site moves to another address and differ
between a page and its translation."""

import re
import uuid
from urllib.parse import urlencode

from django import forms
from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from pages.cards import attach_organisations

FEED_SIZE = 50
# XML 1.0 forbids these; word processors paste them (vertical tab, form feed...).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Fields that order a listing rather than narrow it: kept in the feed's address, not its title.
ORDERING_FIELDS = frozenset({"sort"})
FEED_FORMATS = {
    "rss": ("RSS", Rss201rev2Feed.content_type.split(";")[0]),
    "atom": ("Atom", Atom1Feed.content_type.split(";")[0]),
}


def xml_safe(text: str) -> str:
    return _CONTROL.sub(" ", text or "")


def filter_query(form) -> str:
    """The query string of the form's filters in the form's own field order, without the page
    number and empty fields, so the same filter always gives the same address and feed id."""
    if not form.is_bound or not form.is_valid():
        return ""
    active = form.active_filters()
    pairs = [
        (name, value)
        for name in form.fields
        if name in active
        for value in form.data.getlist(name)
        if value != ""
    ]
    return urlencode(pairs)


def _describe(form, name: str, value) -> str:
    field = form.fields[name]
    if isinstance(field, forms.BooleanField):
        return str(field.label)
    # Before ChoiceField, its parent: the chosen object names itself without listing them all.
    if isinstance(field, forms.ModelChoiceField | forms.CharField):
        return str(value)
    if isinstance(field, forms.ChoiceField):
        labels = {str(key): label for key, label in field.choices}
        return str(labels.get(str(form.data.get(name)), value))
    return f"{field.label}: {value}"


def filter_description(form) -> str:
    """The active filters in words, in the form's order ("Kraków, Umowa o pracę"). An unticked
    box filters nothing."""
    active = form.active_filters()
    return ", ".join(
        _describe(form, name, active[name])
        for name in form.fields
        if name in active and name not in ORDERING_FIELDS and active[name] is not False
    )


def listing_title(page, form) -> str:
    described = filter_description(form)
    return f"{page.title} – {described}" if described else page.title


def feed_links(page, form, request, *, formats=FEED_FORMATS) -> list[dict]:
    """`<link rel="alternate">` data for a listing's feeds, keeping its filters. A listing whose
    filters are invalid links no feed: that feed would answer 400."""
    if form.is_bound and not form.is_valid():
        return []
    query = filter_query(form)
    base = page.get_url(request)
    title = listing_title(page, form)
    return [
        {
            "name": name,
            "label": label,
            "media_type": media_type,
            "title": f"{label}: {title}",
            "href": base + page.reverse_subpage(name).lstrip("/") + (f"?{query}" if query else ""),
        }
        for name, (label, media_type) in formats.items()
    ]


def invalid_filter_response(form) -> HttpResponse:
    lines = [_("This feed's filters are not valid:")]
    for name, errors in form.errors.items():
        field = form.fields.get(name)
        label = f"{field.label}: " if field is not None else ""
        lines.extend(f"- {label}{error}" for error in errors)
    return HttpResponse(
        "\n".join(lines) + "\n", status=400, content_type="text/plain; charset=utf-8"
    )


def page_uuid(page, *parts: str, language_code: str) -> str:
    """A `urn:uuid:` IRI for a page in one language (and, for a feed, its filter)."""
    return f"urn:uuid:{uuid.uuid5(page.translation_key, '/'.join([language_code, *parts]))}"


class ListingFeed(Feed):
    """A feed of a listing page's items, filtered by the listing's own FilterSet (so it refuses
    what the listing refuses, with the same messages). `feed_order` may put the items in
    another order than the listing's; `route` is the page's route name of this feed ("rss" or
    "atom")."""

    feed_type = Rss201rev2Feed
    route = "rss"
    item_guid_is_permalink = False

    def __init__(self, *, page):
        super().__init__()
        self.page = page

    def feed_order(self, queryset):
        """The listing's order, unless a feed says otherwise."""
        return queryset

    def __call__(self, request, *args, **kwargs):
        language_code = self.page.locale.language_code
        with translation.override(language_code):
            self.filterset = self.page.listing_filters(request)
            self.form = self.filterset.form
            if self.form.is_bound and not self.form.is_valid():
                return invalid_filter_response(self.form)
            self.request = request
            self.language = language_code
            self.now = self.filterset.now
            self.query = filter_query(self.form)
            return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        return self.page

    def _with_query(self, url: str) -> str:
        return f"{url}?{self.query}" if self.query else url

    def title(self, page):
        return xml_safe(listing_title(page, self.form))

    def link(self, page):
        return self._with_query(page.get_full_url(self.request))

    def feed_url(self, page):
        return self._with_query(
            page.get_full_url(self.request) + page.reverse_subpage(self.route).lstrip("/")
        )

    def feed_guid(self, page):
        return page_uuid(page, "feed", self.query, language_code=self.language)

    def description(self, page):
        return xml_safe(getattr(page, "introduction", "") or self.title(page))

    def author_name(self, page):
        site = page.get_site()
        return xml_safe(site.site_name or site.hostname) if site else None

    def items(self, page):
        queryset = self.feed_order(self.filterset.results())
        return attach_organisations(queryset[:FEED_SIZE])

    def item_title(self, item):
        return xml_safe(item.title)

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        # Every item is in the listing's language.
        return page_uuid(item, language_code=self.language)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        # RFC 4287 requires an updated date on every entry; a page always has one of these
        # once published, the feed's own time is only a last resort.
        return (
            item.last_published_at
            or item.first_published_at
            or item.latest_revision_created_at
            or self.now
        )

    def item_author_name(self, item):
        organisation = getattr(item, "organisation", None)
        return xml_safe(organisation.title) if organisation else None


class AtomFeedMixin:
    feed_type = Atom1Feed
    route = "atom"

    def subtitle(self, page):
        return self.description(page)
