"""The filters of every listing, as django-filter FilterSets: one class per listing drives its
HTML page, its RSS/Atom feeds and anything else that filters the same items, so they accept and
refuse exactly the same queries with the same messages.

This module sits below the page models (the index pages name their FilterSet as a class
attribute): it imports only choices, lower-level helpers and the cached organisation directory,
never a page model module that defines an index page. The items a listing starts from come
from the page (`ListingIndexMixin.listing_items`), not from here."""

import datetime
import re

from django import forms
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from taggit.models import Tag

import django_filters

from pages.cache import (
    ORGANISATION_DETAILS,
    ORGANISATIONS,
    TAGS,
    VOCABULARY,
    topics_stamp,
    until_content_changes,
)
from pages.directory import organisation_directory

# The keyword box folds case and diacritics, so it lives beside the folding.
from pages.folding import keyword_filter as keyword_filter
from pages.geo import filter_near, find_place
from pages.models.choices import EventKind, LegalForm
from pages.schedule import EventTiming, ProgrammeStatus, event_timing_filter, status_filter

MAX_PAGE = 10_000
MAX_RADIUS_KM = 500
# HTML's "valid floating-point number", the only values a number box may carry.
HTML_NUMBER = re.compile(r"-?(\d+(\.\d+)?|\.\d+)([eE][-+]?\d+)?")


class NumberInput(forms.NumberInput):
    """A number box that leaves out a value which is not a number (`?radius=abc` typed into
    the address): HTML allows only numbers there, and the error above the box names it."""

    def format_value(self, value):
        value = super().format_value(value)
        return value if value is None or HTML_NUMBER.fullmatch(value) else None


class TownField(forms.CharField):
    """A town from the offline gazetteer, as the listings' and the search's town filter."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Town or city"))
        kwargs.setdefault("max_length", 100)
        kwargs.setdefault("help_text", _("For example Kraków or Skawina."))
        super().__init__(**kwargs)

    def clean(self, value):
        city = " ".join(super().clean(value).split())
        if city and find_place(city) is None:
            raise forms.ValidationError(
                _("We do not know the town %(city)s. Try a nearby larger town."),
                params={"city": city},
                code="unknown_town",
            )
        return city


def radius_field_options() -> dict:
    return {"label": _("Within (km)"), "min_value": 1, "max_value": MAX_RADIUS_KM}


def check_radius_has_town(form, cleaned: dict) -> None:
    """A radius means nothing without a town to draw it around (listings and search alike)."""
    # A town that was given but is unknown has its own error already; this one would
    # contradict it.
    if cleaned.get("radius") and not cleaned.get("city") and "city" not in form.errors:
        form.add_error("city", _("Give a town to search around."))


class ListingFilterForm(forms.Form):
    """The form django-filter builds for a listing's FilterSet: every field optional, the
    town/radius pair checked together."""

    # Set per FilterSet (see ListingFilterSet.get_form_class).
    landing_filters: tuple[str, ...] = ()

    def __init__(self, *args, **kwargs):
        # Labels stand above their fields, as headings: no colon after them.
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        if "radius" in self.fields:
            check_radius_has_town(self, cleaned)
        return cleaned

    def active_filters(self) -> dict:
        """The filters chosen, by name: nothing for an unbound or invalid form."""
        if not self.is_bound or not self.is_valid():
            return {}
        return {k: v for k, v in self.cleaned_data.items() if k != "page" and v not in ("", None)}


class DateRangeFilterForm(ListingFilterForm):
    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("from_date"), cleaned.get("to_date")
        if start and end and end < start:
            self.add_error("to_date", _("The end of the range cannot be before its start."))
        return cleaned


class ChoiceValueFilter(django_filters.Filter):
    """A choice whose list the FilterSet fills in per language (see `set_choices`)."""

    field_class = forms.ChoiceField


class IntegerFilter(django_filters.Filter):
    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", NumberInput)
        super().__init__(*args, **kwargs)


class CheckboxFilter(django_filters.Filter):
    """A tick box: ticked filters, unticked does not (django-filter's BooleanFilter is a
    yes/no/unknown select)."""

    field_class = forms.BooleanField


class TownFilter(django_filters.Filter):
    field_class = TownField


def read_elsewhere(queryset, name, value):
    """For a field read by another filter (the radius, by the town) or by `order`."""
    return queryset


def organisation_filter():
    # Choices come from the cached organisation directory (see ListingFilterSet.__init__).
    return ChoiceValueFilter(
        label=_("Organisation"),
        choices=[],
        method="filter_organisation",
        error_messages={"invalid_choice": _("There is no such organisation in the network.")},
    )


def town_filter():
    return TownFilter(method="filter_town")


def radius_filter():
    return IntegerFilter(method=read_elsewhere, **radius_field_options())


class TagFilter(ChoiceValueFilter):
    """A topic (a taggit tag, by slug) among those the listed page type uses, named in the
    listing's language (see ListingFilterSet.__init__ and tag_choices)."""

    def __init__(self, *args, used_by: str, **kwargs):
        self.used_by = used_by
        super().__init__(*args, **kwargs)


def tag_filter(label, used_by: str, *, field_name: str = "tags"):
    return TagFilter(
        field_name=f"{field_name}__slug",
        label=label,
        choices=[],
        used_by=used_by,
        error_messages={"invalid_choice": _("There is no such tag.")},
    )


def tag_choices(used_by: str, locale_id: int) -> list[tuple[str, str]]:
    """(slug, name) of the tags the page type behind `used_by` (the tags' reverse relation
    to its tagged items) uses, named in one language through the Topic snippets, by name.
    Cached until a page's tags are written (TAGS) or a tag or topic is edited (both bump
    ORGANISATION_DETAILS); an ordinary publish leaves it alone."""

    def compute():
        # pages.topics reads the Topic model, which is defined beside the index pages that
        # import this module: imported when first needed, not when this module loads.
        from pages.topics import topic_names

        tags = list(
            Tag.objects.filter(**{f"{used_by}__isnull": False})
            .distinct()
            .order_by("name")
            .values_list("slug", "name")
        )
        names = topic_names([name for _slug, name in tags], locale=locale_id)
        return sorted(
            zip((slug for slug, _name in tags), names, strict=True),
            key=lambda choice: choice[1].casefold(),
        )

    return until_content_changes(
        f"tag-choices:{used_by}:{locale_id}", compute, topic=(TAGS, ORGANISATION_DETAILS)
    )


def choice_filter(label, choices, *, everything, **kwargs):
    return django_filters.ChoiceFilter(
        label=label, choices=choices, empty_label=everything, **kwargs
    )


def checkbox_filter(label, method: str):
    return CheckboxFilter(label=label, method=method)


class ListingFilterSet(django_filters.FilterSet):
    """A listing's filters over the items its page starts from. Bound to a request's query
    (`data`), the listing's locale (`locale_id`) and language (`language_code`, for choices
    named in it) and the time (`now`); an empty query is unbound, so the listing shows
    everything in its default order.

    `results()` is what the listing and its feeds show: nothing for invalid filters, else the
    filtered items in the listing's `order`."""

    page = IntegerFilter(
        label=_("Page"),
        min_value=1,
        max_value=MAX_PAGE,
        widget=forms.HiddenInput,
        method=read_elsewhere,
    )
    # Filters that, chosen alone, make a landing page of their own with its own canonical URL
    # (pages.social); every other filter or sort combination points at the unfiltered list.
    landing_filters: tuple[str, ...] = ()
    # Filters whose values are slugs of translated terms (a job category, a cause). A slug of
    # another language is read as the same term's slug in this one, so a link that crossed
    # the language switcher, or was shared from the other language, keeps its filter; a slug
    # of no language stays as given and is refused with the filter's message.
    translated_filters: tuple[str, ...] = ()

    class Meta:
        form = ListingFilterForm

    def __init__(
        self,
        data=None,
        queryset=None,
        *,
        locale_id: int,
        language_code: str,
        now: datetime.datetime,
        **kwargs,
    ):
        self.locale_id = locale_id
        self.language_code = language_code
        self.now = now
        super().__init__(self.in_this_language(data), queryset, **kwargs)
        fields = self.form.fields
        if "organisation" in fields:
            self.organisations = {entry.slug: entry for entry in organisation_directory(locale_id)}
            fields["organisation"].choices = [
                ("", _("All organisations")),
                *((slug, entry.title) for slug, entry in self.organisations.items()),
            ]
        for name, tag in self.filters.items():
            if isinstance(tag, TagFilter):
                fields[name].choices = [("", _("All")), *tag_choices(tag.used_by, locale_id)]
        self.set_choices(fields)

    def set_choices(self, fields) -> None:
        """Choices that depend on the language or the content (categories, causes)."""

    @staticmethod
    def choices_stamp() -> str:
        """The versions of everything the form's choices are read from: the organisation
        directory, the tags in use with their topics' names, the vocabularies (categories,
        causes, skills). The cached form follows them, not every publish (`make bench-cold`:
        a posting's publish re-rendered the job board's form)."""
        return topics_stamp(ORGANISATIONS, ORGANISATION_DETAILS, TAGS, VOCABULARY)

    def slugs_in_this_language(self, name: str) -> dict[str, str]:
        """For a filter of `translated_filters`: each language's slug of a term -> the slug
        of the same term in this listing's language."""
        return {}

    def in_this_language(self, data):
        """The query with the translated filters' values in this listing's language."""
        names = [name for name in self.translated_filters if data and data.get(name)]
        if not names:
            return data
        data = data.copy()
        for name in names:
            slugs = self.slugs_in_this_language(name)
            if hasattr(data, "setlist"):  # a QueryDict (a request's query)
                data.setlist(name, [slugs.get(value, value) for value in data.getlist(name)])
            else:
                data[name] = slugs.get(data[name], data[name])
        return data

    def get_form_class(self):
        form_class = super().get_form_class()
        form_class.landing_filters = self.landing_filters
        return form_class

    @property
    def page_number(self) -> int:
        return (self.form.cleaned_data.get("page") or 1) if self.is_valid() else 1

    def order(self, queryset: QuerySet) -> QuerySet:
        return queryset

    def results(self) -> QuerySet:
        if self.is_bound and not self.is_valid():
            return self.queryset.none()
        return self.order(self.qs)

    def filter_organisation(self, queryset, name, slug):
        return queryset.filter(self.organisations[slug].subtree())

    def filter_town(self, queryset, name, city):
        return filter_near(queryset, city=city, radius=self.form.cleaned_data.get("radius"))


class OrganisationFilterSet(ListingFilterSet):
    area = tag_filter(_("Area of work"), "pages_organisationtag_items", field_name="areas_of_work")
    legal_form = choice_filter(_("Legal form"), LegalForm.choices, everything=_("All"))

    def filter_queryset(self, queryset):
        # The area goes through the tags' join table, so one organisation can match twice.
        return super().filter_queryset(queryset).distinct()


class ProgrammeFilterSet(ListingFilterSet):
    organisation = organisation_filter()
    tag = tag_filter(_("Topic"), "pages_programmetag_items")
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=ProgrammeStatus.choices,
        empty_label=_("All"),
        method="filter_status",
    )

    def filter_status(self, queryset, name, status):
        return queryset.filter(status_filter(status, today=timezone.localdate(self.now)))

    def order(self, queryset):
        return queryset.order_by("-start_date", "title").distinct()


class ConferenceFilterSet(ListingFilterSet):
    landing_filters = ("kind",)
    organisation = organisation_filter()
    kind = choice_filter(_("Kind"), EventKind.choices, everything=_("All"))
    tag = tag_filter(_("Topic"), "pages_conferencetag_items")
    when = django_filters.ChoiceFilter(
        label=_("When"),
        choices=EventTiming.choices,
        empty_label=_("All dates"),
        method="filter_when",
    )
    from_date = django_filters.DateFilter(
        field_name="end_at",
        lookup_expr="date__gte",
        label=_("From"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    to_date = django_filters.DateFilter(
        field_name="start_at",
        lookup_expr="date__lte",
        label=_("To"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    class Meta(ListingFilterSet.Meta):
        form = DateRangeFilterForm

    def filter_when(self, queryset, name, when):
        return queryset.filter(event_timing_filter(when, now=self.now))

    def filter_queryset(self, queryset):
        return super().filter_queryset(queryset).distinct()

    def order(self, queryset):
        past = self.is_valid() and self.form.cleaned_data.get("when") == EventTiming.PAST
        return queryset.order_by("-start_at" if past else "start_at")
