"""The public join form, the review decision and the invitation forms."""

from django import forms
from django.contrib.auth import password_validation
from django.utils.translation import gettext_lazy as _

from pages import geo
from pages.abuse import HoneypotMixin
from pages.models import LegalForm, MembershipApplication
from pages.models.joining import APPLICANT_FIELDS
from pages.validators import clean_person_name

# Not entered in the KRS: informal groups, public institutions, and whatever "other" covers.
REGISTERED_WITHOUT_KRS = {
    LegalForm.INFORMAL_GROUP,
    LegalForm.PUBLIC_CULTURE_INSTITUTION,
    LegalForm.LOCAL_GOVERNMENT_UNIT,
    LegalForm.OTHER,
}


class JoinForm(HoneypotMixin, forms.ModelForm):
    consent = forms.BooleanField(
        label=_(
            "I agree to the network processing these data to review the application and "
            "to contact me about it."
        ),
        required=True,
        error_messages={"required": _("We cannot review the application without this consent.")},
    )

    class Meta:
        model = MembershipApplication
        fields = list(APPLICANT_FIELDS)
        widgets = {"description": forms.Textarea(attrs={"rows": 5})}
        help_texts = {
            "krs": _("10 digits. Informal groups leave it empty."),
            "nip": _("10 digits, with or without dashes."),
            "regon": _("9 or 14 digits."),
            "city": _("The town where the organisation has its seat."),
            "areas_of_work": _("Separated by commas, e.g. culture, education, seniors."),
            "description": _("A few sentences: what the organisation does and for whom."),
            "contact_email": _("We will send a link to this address to confirm it."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # NIP and REGON: required of everyone but an informal group, in clean().
        self.fields["city"].required = True
        self.fields["legal_form"].choices = [("", "—"), *LegalForm.choices]
        autocomplete = {
            "name": "organization",
            "street_address": "street-address",
            "postal_code": "postal-code",
            "city": "address-level2",
            "contact_name": "name",
            "contact_email": "email",
        }
        for name, value in autocomplete.items():
            self.fields[name].widget.attrs["autocomplete"] = value

    def clean_contact_name(self):
        return clean_person_name(self.cleaned_data["contact_name"])

    def clean_city(self):
        city = " ".join(self.cleaned_data["city"].split())
        if geo.find_place(city) is None:
            raise forms.ValidationError(
                _("We do not know the town “%(town)s”. Check the spelling (e.g. Nowy Sącz)."),
                params={"town": city},
            )
        return geo.find_place(city).name

    def clean(self):
        cleaned = super().clean()
        legal_form = cleaned.get("legal_form")
        if legal_form and legal_form not in REGISTERED_WITHOUT_KRS and not cleaned.get("krs"):
            self.add_error(
                "krs",
                _("A registered organisation gives its KRS number (informal groups do not)."),
            )
        if legal_form and legal_form != LegalForm.INFORMAL_GROUP:
            # An informal group has neither number; every organisation and institution has both.
            for field in ("nip", "regon"):
                if not cleaned.get(field) and field not in self.errors:
                    self.add_error(
                        field,
                        _("Give the %(number)s number (an informal group need not).")
                        % {"number": field.upper()},
                    )
        return cleaned


class DecisionForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the applicant"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
    )


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("E-mail of the new editor"))

    def __init__(self, *args, workspaces, **kwargs):
        super().__init__(*args, **kwargs)
        from pages.joining.services import organisation_name

        self.fields["workspace"] = forms.ModelChoiceField(
            label=_("Organisation"), queryset=workspaces, empty_label=None
        )
        self.fields["workspace"].label_from_instance = organisation_name
        self.order_fields(["workspace", "email"])


class AcceptInvitationForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=200)
    password1 = forms.CharField(
        label=_("Password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        strip=False,
        help_text=password_validation.password_validators_help_text_html(),
    )
    password2 = forms.CharField(
        label=_("Password again"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        strip=False,
    )

    def __init__(self, *args, email: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email
        self.fields["name"].widget.attrs["autocomplete"] = "name"

    def clean_name(self):
        return clean_person_name(self.cleaned_data["name"])

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("The two passwords differ."))
        elif first:
            from django.contrib.auth import get_user_model

            probe = get_user_model()(username=self.email, email=self.email)
            try:
                password_validation.validate_password(first, probe)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned
