from django import forms
from django.utils.translation import gettext_lazy as _

from pages.abuse import HoneypotMixin
from pages.filters import TownField, check_radius_has_town, radius_field_options
from pages.geo import find_place
from search.mapping import LANGUAGES
from search.models import AlertFrequency
from search.queries import MAX_PER_PAGE, MAX_RESULTS, PER_PAGE, SearchParams
from search.registry import alert_kinds, employment_types, kinds

MAX_QUERY = 200
MAX_FACET_VALUE = 200
MAX_CHOSEN = 20  # ticks in one facet: as many as the facet lists


# What a yes/no filter may say: a checkbox sends "on"; API clients send true/false or 1/0.
YES = ("on", "true", "1")
NO = ("", "off", "false", "0")


def _no_control_characters(value: str) -> str:
    if any(ord(ch) < 32 for ch in value):
        raise forms.ValidationError(_("Remove the control characters from this value."))
    return value


def _yes_or_no(raw: str) -> bool:
    """A yes/no filter as sent. BooleanField (its checkbox widget) reads any other text as
    yes; here it is an error, so a misspelt filter is not silently applied."""
    value = raw.strip().lower()
    if value not in YES + NO:
        raise forms.ValidationError(
            _("Use true or false here (%(value)s is neither)."), params={"value": raw}
        )
    return value in YES


class FacetValuesField(forms.Field):
    """Values ticked in one facet's checkbox list (repeated parameters in the API). The list
    comes from the results, not from a fixed set of choices, so any value is accepted that a
    text box would accept; one that matches nothing just finds nothing. The search page draws
    the checkboxes itself (search_page.html), with the counts."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value) -> list[str]:
        if not value:
            return []
        values = [value] if isinstance(value, str) else list(value)
        cleaned = []
        for raw in values:
            # Checked before the spaces are tidied: a value is a name from the list, so a
            # tab or a vertical tab in it is refused, as the single organisation box did.
            text = " ".join(_no_control_characters(str(raw)).split())
            if len(text) > MAX_FACET_VALUE:
                raise forms.ValidationError(
                    _("A filter value can be at most %(limit)d characters long.")
                    % {"limit": MAX_FACET_VALUE}
                )
            if text and text not in cleaned:
                cleaned.append(text)
        if len(cleaned) > MAX_CHOSEN:
            raise forms.ValidationError(
                _("Choose at most %(limit)d values here.") % {"limit": MAX_CHOSEN}
            )
        return cleaned


class SearchForm(forms.Form):
    """The network search, as a GET form: every search has a shareable URL.

    It searches the network index (search.queries), not a listing's queryset, and its other
    fields (kind, the organisation and topic facets' ticks) mean something else there, so
    it is a plain form rather than one of the listings' FilterSets (pages.filters). Only the
    town and radius filter the same thing the boards do: they are the listings' own field,
    limits and check, so the page, the API and the boards refuse a town alike."""

    field_order = [
        "q",
        "kind",
        "organisation",
        "tag",
        "employment_type",
        "city",
        "radius",
        "open_only",
        "upcoming_only",
        "sort",
    ]

    q = forms.CharField(
        label=_("Search the network"),
        required=False,
        max_length=MAX_QUERY,
        error_messages={
            "max_length": _(
                "A search can be at most %(limit_value)d characters long "
                "(this one has %(show_value)d). Use a few distinctive words."
            )
        },
    )
    kind = forms.MultipleChoiceField(
        label=_("What"), required=False, widget=forms.CheckboxSelectMultiple
    )
    organisation = FacetValuesField(label=_("Organisation"), required=False)
    tag = FacetValuesField(label=_("Topic"), required=False)
    city = TownField(required=False)
    radius = forms.IntegerField(required=False, **radius_field_options())
    # A list of the registered types by their labels (typing a label into a text box gave a
    # 400); facet links still fill it in with the stored value.
    employment_type = forms.ChoiceField(
        label=_("Type of work"),
        required=False,
        error_messages={"invalid_choice": _("There is no such type of work.")},
    )
    open_only = forms.BooleanField(label=_("Only what is not over yet"), required=False)
    upcoming_only = forms.BooleanField(label=_("Only what has not started yet"), required=False)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[
            ("relevance", _("Best match")),
            ("newest", _("Newest")),
            ("deadline", _("Deadline")),
            ("distance", _("Distance")),
        ],
    )
    page = forms.IntegerField(
        required=False, min_value=1, max_value=MAX_RESULTS, widget=forms.HiddenInput
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = sorted(kinds().items(), key=lambda item: str(item[1]))
        self.fields["employment_type"].choices = [
            ("", _("Any type of work")),
            *employment_types().items(),
        ]
        self.fields["kind"].error_messages["invalid_choice"] = _(
            "There is nothing of the kind %(value)s in the network."
        )

    def clean_q(self):
        return _no_control_characters(" ".join(self.cleaned_data["q"].split()))

    def clean_open_only(self):
        return _yes_or_no(self.data.get("open_only", ""))

    def clean_upcoming_only(self):
        return _yes_or_no(self.data.get("upcoming_only", ""))

    def clean(self):
        cleaned = super().clean()
        check_radius_has_town(self, cleaned)
        if cleaned.get("sort") == "distance" and not cleaned.get("city"):
            self.add_error("sort", _("Give a town to sort by distance from it."))
        per_page = cleaned.get("per_page") or PER_PAGE
        if (cleaned.get("page") or 1) * per_page > MAX_RESULTS:
            self.add_error(
                "page",
                _("Only the first %(limit)d results can be shown. Narrow the search.")
                % {"limit": MAX_RESULTS},
            )
        return cleaned

    def params(self, *, language: str) -> SearchParams:
        data = self.cleaned_data
        place = find_place(data["city"]) if data.get("city") else None
        return SearchParams(
            q=data.get("q", ""),
            language=language,
            kinds=list(data.get("kind") or []),
            organisations=list(data.get("organisation") or []),
            tags=list(data.get("tag") or []),
            city=place.name if place else "",
            latitude=place.latitude if place else None,
            longitude=place.longitude if place else None,
            radius_km=data.get("radius"),
            employment_type=data.get("employment_type", ""),
            open_only=bool(data.get("open_only")),
            upcoming_only=bool(data.get("upcoming_only")),
            sort=data.get("sort") or "relevance",
            page=data.get("page") or 1,
            per_page=data.get("per_page") or PER_PAGE,
        )


class SearchApiForm(SearchForm):
    """The JSON API's search: the page's fields, the page size and the answer's language."""

    per_page = forms.IntegerField(required=False, min_value=1, max_value=MAX_PER_PAGE)
    lang = forms.ChoiceField(
        required=False,
        choices=[(code, code) for code in LANGUAGES],
        error_messages={"invalid_choice": _("There is no language %(value)s here.")},
    )


class AutocompleteApiForm(forms.Form):
    """The autocomplete's `q` (with the search's own checks and messages) and `lang`."""

    q = SearchForm.base_fields["q"]
    lang = SearchApiForm.base_fields["lang"]

    def clean_q(self):
        return _no_control_characters(" ".join(self.cleaned_data["q"].split()))


class SavedSearchForm(HoneypotMixin, forms.Form):
    """The e-mail part of saving a search; the search itself is checked by SearchForm."""

    email = forms.EmailField(label=_("Your e-mail address"), max_length=254)
    frequency = forms.ChoiceField(
        label=_("How often"),
        choices=AlertFrequency.choices,
        initial=AlertFrequency.DAILY,
        widget=forms.RadioSelect,
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the network keeps my e-mail address and this search to send me "
            "these alerts, until I unsubscribe (every e-mail has a link for it)."
        ),
        error_messages={"required": _("Alerts can only be sent with your agreement.")},
    )

    def clean_email(self):
        return self.cleaned_data["email"].strip()


def alert_search_params(search_form: SearchForm, *, language: str) -> SearchParams:
    """The search to save, kept to the kinds that have alerts; a ValidationError if it asks
    only for kinds without them."""
    params = search_form.params(language=language)
    alertable = alert_kinds()
    if params.kinds:
        params.kinds = sorted(kind for kind in params.kinds if kind in alertable)
        if not params.kinds:
            raise forms.ValidationError(
                _("Alerts can be saved for %(kinds)s only.")
                % {"kinds": ", ".join(str(label).lower() for label in alertable.values())}
            )
    return params
