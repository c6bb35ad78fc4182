from django import forms
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _

import phonenumbers

from pages.abuse import HoneypotMixin
from pages.geo import find_place
from pages.validators import clean_person_name
from volunteering.fields import BitSetFormField
from volunteering.models import Volunteer
from volunteering.options import (
    cause_options,
    language_options,
    skill_options,
    weekly_slot_options,
)
from volunteering.profile_choices import BRACKET_LOWEST_AGE, DIGITAL_CONSENT_AGE

MAX_TRAVEL_KM = 300


def refuse_line_breaks(value: str, *, message) -> str:
    """Names, towns and addresses end up in e-mail headers and exports: one line only."""
    if any(ch in value for ch in "\r\n\x00"):
        raise forms.ValidationError(message)
    return value


class VolunteerProfileForm(forms.ModelForm):
    """The profile a volunteer fills in, at registration and later through their link."""

    skills = BitSetFormField(options=skill_options, required=False, label=_("Skills"))
    causes = BitSetFormField(
        options=cause_options, required=False, label=_("Causes you care about")
    )
    availability = BitSetFormField(
        options=weekly_slot_options,
        label=_("When are you usually free?"),
        error_messages={"required": _("Tick at least one time in the week.")},
    )
    languages = BitSetFormField(
        options=language_options,
        label=_("Languages you speak"),
        error_messages={"required": _("Tick at least one language.")},
    )
    travel_km = forms.IntegerField(
        label=_("How far will you travel (km)?"), min_value=1, max_value=MAX_TRAVEL_KM, initial=10
    )
    guardian_consent = forms.BooleanField(
        label=_("My parent or legal guardian agrees to this registration."),
        required=False,
        help_text=_("Needed under 16."),
    )

    class Meta:
        model = Volunteer
        fields = [
            "name",
            "phone",
            "place_name",
            "travel_km",
            "remote_ok",
            "availability",
            "skills",
            "causes",
            "languages",
            "age_bracket",
            "guardian_consent",
            "discoverable",
        ]
        help_texts = {
            "phone": _("Optional. Polish numbers without +48 are fine."),
            "place_name": _("Where you live or would help from, e.g. Skawina or Kraków."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["phone"].widget.attrs["autocomplete"] = "tel"
        self.fields["place_name"].widget.attrs["autocomplete"] = "address-level2"
        self.fields["age_bracket"].choices = [
            ("", _("Choose")),
            *self.fields["age_bracket"].choices[1:],
        ]
        if self.instance.pk:
            self.fields["guardian_consent"].initial = True

    def clean_name(self):
        name = self.cleaned_data["name"]
        return clean_person_name(refuse_line_breaks(name, message=_("Give your name on one line.")))

    def clean_phone(self):
        raw = self.cleaned_data["phone"].strip()
        if not raw:
            return ""
        try:
            number = phonenumbers.parse(raw, "PL")
        except phonenumbers.NumberParseException as error:
            raise forms.ValidationError(_("This does not look like a phone number.")) from error
        if not phonenumbers.is_valid_number(number):
            raise forms.ValidationError(_("This does not look like a valid phone number."))
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)

    def clean_place_name(self):
        town = self.cleaned_data["place_name"]
        name = " ".join(refuse_line_breaks(town, message=_("Give the town on one line.")).split())
        place = find_place(name)
        if place is None:
            raise forms.ValidationError(
                _("We do not know %(place)s. Give the nearest town or the municipality."),
                params={"place": name},
            )
        self.place = place
        return place.name

    def clean(self):
        cleaned = super().clean()
        bracket = cleaned.get("age_bracket")
        if (
            bracket
            and BRACKET_LOWEST_AGE[bracket] < DIGITAL_CONSENT_AGE
            and not cleaned.get("guardian_consent")
        ):
            self.add_error(
                "guardian_consent",
                _("Under 16 you need a parent's or guardian's agreement to register."),
            )
        return cleaned

    def profile(self) -> dict:
        data = {
            name: self.cleaned_data[name]
            for name in self.Meta.fields
            if name not in ("guardian_consent",)
        }
        data["latitude"], data["longitude"] = self.place.latitude, self.place.longitude
        return data


class RegistrationForm(HoneypotMixin, VolunteerProfileForm):
    email = forms.CharField(
        label=_("E-mail"),
        max_length=254,
        help_text=_("We will send a link to confirm it. There is no password."),
    )
    consent = forms.BooleanField(
        label=_(
            "I have read the privacy notice and agree to my data being processed to match me "
            "with volunteer offers."
        ),
        error_messages={"required": _("We cannot register you without this consent.")},
    )

    # Not a model field of the form: the unique-address check must never tell a visitor that
    # an address is registered (no account enumeration); services.register_volunteer answers
    # a known address by e-mail instead.
    field_order = ["name", "email"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].widget = forms.EmailInput(attrs={"autocomplete": "email"})

    def clean_email(self):
        return clean_email(self.cleaned_data["email"])


def clean_email(value: str) -> str:
    refuse_line_breaks(value, message=_("An e-mail address cannot contain a line break."))
    email = value.strip()
    try:
        validate_email(email)
    except forms.ValidationError as error:
        raise forms.ValidationError(_("Enter a valid e-mail address.")) from error
    return email


class ManageLinkForm(HoneypotMixin, forms.Form):
    email = forms.CharField(
        label=_("E-mail"), max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )

    def clean_email(self):
        return clean_email(self.cleaned_data["email"])
