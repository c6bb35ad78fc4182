"""The application form of a job posting, on the posting's own `aplikuj/` route.

Below the page model: it imports only the application model and plain helpers, so the
posting's route can use it without an import cycle."""

from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from jobs.cv import validate_cv
from jobs.models.applications import JobApplication
from pages.abuse import HoneypotMixin
from pages.validators import clean_person_name


class JobApplicationForm(HoneypotMixin, forms.ModelForm):
    consent = forms.BooleanField(
        label=_(
            "I have read the data-protection notice and agree to my data being processed "
            "for this recruitment."
        ),
        required=True,
        error_messages={"required": _("We cannot accept the application without this consent.")},
    )
    phone = forms.CharField(
        label=_("Phone"),
        required=False,
        max_length=20,
        validators=[RegexValidator(r"^\+?[0-9 ()-]{6,20}$", _("Give a phone number in digits."))],
    )

    class Meta:
        model = JobApplication
        fields = ["name", "email", "phone", "cv", "cover_letter"]
        widgets = {"cover_letter": forms.Textarea(attrs={"rows": 6})}
        help_texts = {"cv": _("PDF, DOCX or ODT, at most 5 MB.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["phone"].widget.attrs["autocomplete"] = "tel"
        self.fields["cv"].widget.attrs["accept"] = ".pdf,.docx,.odt"

    def clean_name(self):
        return clean_person_name(self.cleaned_data["name"])

    def clean_cv(self):
        upload = self.cleaned_data["cv"]
        self.cv_kind = validate_cv(upload)
        return upload

    def application_data(self) -> dict:
        """The cleaned answers as the keyword arguments of jobs.services.apply_for_job."""
        data = self.cleaned_data
        return {
            "name": data["name"],
            "email": data["email"],
            "phone": data["phone"],
            "cover_letter": data["cover_letter"],
            "cv": data["cv"],
            "cv_extension": self.cv_kind.extension,
        }
