from django import forms
from django.utils.translation import gettext_lazy as _

from jobs.models import EmploymentType, JobCategory, WorkingTime
from pages.cache import until_content_changes
from pages.forms import NearPlaceFilterForm, organisation_field
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
