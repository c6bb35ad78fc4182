from django import forms
from django.utils.translation import gettext_lazy as _

from taggit.models import Tag

from pages.directory import organisation_directory
from pages.geo import find_place
from pages.models import EventKind, LegalForm
from pages.schedule import EventTiming, ProgrammeStatus

MAX_PAGE = 10_000


class ListingFilterForm(forms.Form):
    """Base for GET filter forms: every field optional, page number validated."""

    page = forms.IntegerField(
        label=_("Page"), min_value=1, max_value=MAX_PAGE, required=False, widget=forms.HiddenInput
    )
    # Filters that, chosen alone, make a landing page of their own with its own canonical URL
    # (pages.social); every other filter or sort combination points at the unfiltered list.
    landing_filters: tuple[str, ...] = ()

    def __init__(self, data=None, *, locale_id=None, **kwargs):
        super().__init__(data, **kwargs)
        if "organisation" in self.fields and locale_id is not None:
            self.organisations = {entry.slug: entry for entry in organisation_directory(locale_id)}
            self.fields["organisation"].choices = [
                ("", _("All organisations")),
                *((slug, entry.title) for slug, entry in self.organisations.items()),
            ]

    def clean_organisation(self):
        slug = self.cleaned_data.get("organisation")
        return self.organisations.get(slug) if slug else None

    def active_filters(self) -> dict:
        if not self.is_bound or not self.is_valid():
            return {}
        return {k: v for k, v in self.cleaned_data.items() if k != "page" and v not in ("", None)}


class NearPlaceFilterForm(ListingFilterForm):
    """A listing filter by town, optionally within a radius, from the offline gazetteer."""

    city = forms.CharField(
        label=_("Town or city"),
        required=False,
        max_length=100,
        help_text=_("For example Kraków or Skawina."),
    )
    radius = forms.IntegerField(label=_("Within (km)"), required=False, min_value=1, max_value=500)

    def clean_city(self):
        city = " ".join(self.cleaned_data["city"].split())
        if city and find_place(city) is None:
            raise forms.ValidationError(
                _("We do not know the town %(city)s. Try a nearby larger town."),
                params={"city": city},
            )
        return city

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("radius") and not cleaned.get("city"):
            self.add_error("city", _("Give a town to search around."))
        return cleaned


def _tag_field(label, used_by: str):
    # Offer only the tags the listed page type actually uses.
    return forms.ModelChoiceField(
        label=label,
        queryset=Tag.objects.filter(**{f"{used_by}__isnull": False}).distinct().order_by("name"),
        to_field_name="slug",
        required=False,
        empty_label=_("All"),
        error_messages={"invalid_choice": _("There is no such tag.")},
    )


def organisation_field():
    # Choices come from the cached organisation directory (see ListingFilterForm).
    return forms.ChoiceField(
        label=_("Organisation"),
        choices=[],
        required=False,
        error_messages={"invalid_choice": _("There is no such organisation in the network.")},
    )


class OrganisationFilterForm(ListingFilterForm):
    area = _tag_field(_("Area of work"), "pages_organisationtag_items")
    legal_form = forms.ChoiceField(
        label=_("Legal form"),
        choices=[("", _("All")), *LegalForm.choices],
        required=False,
    )


class ProgrammeFilterForm(ListingFilterForm):
    organisation = organisation_field()
    tag = _tag_field(_("Topic"), "pages_programmetag_items")
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("All")), *ProgrammeStatus.choices], required=False
    )


class ConferenceFilterForm(ListingFilterForm):
    landing_filters = ("kind",)
    organisation = organisation_field()
    kind = forms.ChoiceField(
        label=_("Kind"), choices=[("", _("All")), *EventKind.choices], required=False
    )
    tag = _tag_field(_("Topic"), "pages_conferencetag_items")
    when = forms.ChoiceField(
        label=_("When"),
        choices=[("", _("All dates")), *EventTiming.choices],
        required=False,
    )
    from_date = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    to_date = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("from_date"), cleaned.get("to_date")
        if start and end and end < start:
            self.add_error("to_date", _("The end of the range cannot be before its start."))
        return cleaned
