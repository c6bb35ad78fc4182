"""The registration form of an event, on the event's own `rejestracja/` route.

Below the page model: it imports only the registration model and plain helpers, so the
event's route can use it without an import cycle."""

from django import forms
from django.utils.translation import gettext_lazy as _

from pages.abuse import HoneypotMixin
from pages.models.registration import CONSENT_TEXT, ConferenceRegistration
from pages.validators import clean_person_name


class ConferenceRegistrationForm(HoneypotMixin, forms.ModelForm):
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        required=True,
        error_messages={"required": _("We cannot register you without this consent.")},
    )

    class Meta:
        model = ConferenceRegistration
        fields = ["name", "email", "organisation_name", "access_needs"]
        widgets = {"access_needs": forms.Textarea(attrs={"rows": 3})}
        help_texts = {
            "access_needs": _("Anything we should prepare so you can take part fully."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["organisation_name"].widget.attrs["autocomplete"] = "organization"

    def clean_name(self):
        return clean_person_name(self.cleaned_data["name"])

    def clean_email(self):
        # Whether the address is registered already is never a form error (it would tell
        # anyone who is registered); pages.services.register_for_conference e-mails it.
        return self.cleaned_data["email"].strip()
