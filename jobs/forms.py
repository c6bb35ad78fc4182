from django import forms
from django.core.validators import RegexValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from jobs.cv import validate_cv
from jobs.models import EmploymentType, JobApplication, JobCategory, WorkingTime
from pages.abuse import HoneypotMixin
from pages.cache import until_content_changes
from pages.forms import NearPlaceFilterForm, clean_person_name, organisation_field
from pages.listing import bind_filters


class JobSort:
    NEWEST = "newest"
    DEADLINE = "deadline"
    SALARY = "salary"
    CHOICES = [
        (NEWEST, _("Newest first")),
        (DEADLINE, _("Closing soonest")),
        (SALARY, _("Highest salary")),
    ]


def category_choices(locale_id: int) -> list[tuple[str, str]]:
    """(slug, name) of the role categories in one language, cached until content changes."""
    return until_content_changes(
        f"job-categories:{locale_id}",
        lambda: list(
            JobCategory.objects.filter(locale_id=locale_id)
            .order_by("name")
            .values_list("slug", "name")
        ),
    )


class JobFilterForm(NearPlaceFilterForm):
    landing_filters = ("category",)
    category = forms.ChoiceField(
        label=_("Role"),
        choices=[],
        required=False,
        error_messages={"invalid_choice": _("There is no such role category.")},
    )
    organisation = organisation_field()
    employment_type = forms.ChoiceField(
        label=_("Type of contract"),
        choices=[("", _("Any")), *EmploymentType.choices],
        required=False,
    )
    working_time = forms.ChoiceField(
        label=_("Working time"), choices=[("", _("Any")), *WorkingTime.choices], required=False
    )
    remote = forms.BooleanField(label=_("Remote work only"), required=False)
    min_salary = forms.DecimalField(
        label=_("Salary at least (PLN a month)"),
        required=False,
        min_value=0,
        max_value=1_000_000,
        decimal_places=2,
    )
    posted_within = forms.IntegerField(
        label=_("Posted in the last (days)"), required=False, min_value=1, max_value=365
    )
    sort = forms.ChoiceField(
        label=_("Sort"), choices=JobSort.CHOICES, required=False, initial=JobSort.NEWEST
    )

    field_order = [
        "category",
        "organisation",
        "employment_type",
        "working_time",
        "city",
        "radius",
        "remote",
        "min_salary",
        "posted_within",
        "sort",
    ]

    def __init__(self, data=None, *, locale_id=None, **kwargs):
        super().__init__(data, locale_id=locale_id, **kwargs)
        if locale_id is not None:
            self.fields["category"].choices = [
                ("", _("All roles")),
                *category_choices(locale_id),
            ]


def job_filters(*, board, request) -> JobFilterForm:
    """The job filters of a request, validated alike for the listing and its feeds."""
    return bind_filters(JobFilterForm, request, locale_id=board.locale_id)


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

    def __init__(self, *args, posting, **kwargs):
        super().__init__(*args, **kwargs)
        self.posting = posting
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

    def save_for(self, *, language_code: str, now=None) -> JobApplication:
        application = super().save(commit=False)
        application.posting = self.posting
        application.cv_extension = self.cv_kind.extension
        application.language_code = language_code
        application.consent_given_at = now or timezone.now()
        application.save()
        return application
