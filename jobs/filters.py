"""The job board's filters (see pages.filters): the board, its feeds and nothing else bind them,
so they all accept and refuse the same queries."""

import datetime

from django.db import models
from django.db.models import Case, F, QuerySet, When
from django.utils.translation import gettext_lazy as _

import django_filters

from jobs.models.pages import EmploymentType, SalaryPeriod, WorkingTime, WorkMode
from jobs.models.snippets import JobCategory
from pages.cache import VOCABULARY, until_content_changes
from pages.filters import (
    ChoiceValueFilter,
    IntegerFilter,
    ListingFilterSet,
    NumberInput,
    checkbox_filter,
    choice_filter,
    keyword_filter,
    organisation_filter,
    radius_filter,
    read_elsewhere,
    town_filter,
)

# An hourly rate is compared with monthly ones at a full-time month (168 hours).
HOURS_PER_MONTH = 168


class JobSort(models.TextChoices):
    NEWEST = "newest", _("Newest first")
    DEADLINE = "deadline", _("Closing soonest")
    SALARY = "salary", _("Highest salary")


def monthly_salary(field: str):
    """The salary bound expressed per month, so hourly and monthly offers compare fairly."""
    return Case(
        When(salary_period=SalaryPeriod.HOUR, then=F(field) * HOURS_PER_MONTH),
        default=F(field),
    )


def sort_postings(queryset: QuerySet, sort: str | None) -> QuerySet:
    if sort == JobSort.DEADLINE:
        return queryset.order_by("deadline_date", "-first_published_at", "pk")
    if sort == JobSort.SALARY:
        return queryset.alias(monthly_max=monthly_salary("salary_max")).order_by(
            "-monthly_max", "-first_published_at", "pk"
        )
    return queryset.order_by("-first_published_at", "pk")


def category_choices(locale_id: int) -> list[tuple[str, str]]:
    """(slug, name) of the role categories in one language, cached until a vocabulary changes."""
    return until_content_changes(
        f"job-categories:{locale_id}",
        lambda: list(
            JobCategory.objects.filter(locale_id=locale_id)
            .order_by("name")
            .values_list("slug", "name")
        ),
        topic=VOCABULARY,
    )


def category_slugs(locale_id: int) -> dict[str, str]:
    """Every language's slug of a role category -> its slug in one language (through the
    translation key), cached until a vocabulary changes."""
    return until_content_changes(
        f"job-category-slugs:{locale_id}", lambda: _category_slugs(locale_id), topic=VOCABULARY
    )


def _category_slugs(locale_id: int) -> dict[str, str]:
    own = dict(
        JobCategory.objects.filter(locale_id=locale_id).values_list("translation_key", "slug")
    )
    slugs = {
        slug: own[key]
        for slug, key in JobCategory.objects.values_list("slug", "translation_key")
        if key in own
    }
    # A slug this language uses itself means its own category, whatever another one means.
    slugs.update({slug: slug for slug in own.values()})
    return slugs


class JobFilterSet(ListingFilterSet):
    landing_filters = ("category",)
    translated_filters = ("category",)

    q = keyword_filter("title", "summary", "category__name")
    category = ChoiceValueFilter(
        field_name="category__slug",
        label=_("Role"),
        choices=[],
        error_messages={"invalid_choice": _("There is no such role category.")},
    )
    organisation = organisation_filter()
    # Each "any" names its noun: Polish adjectives agree with it ("Dowolny rodzaj umowy").
    employment_type = choice_filter(
        _("Type of contract"), EmploymentType.choices, everything=_("Any type of contract")
    )
    working_time = choice_filter(
        _("Working time"), WorkingTime.choices, everything=_("Any working time")
    )
    city = town_filter()
    radius = radius_filter()
    remote = checkbox_filter(_("Remote work only"), "filter_remote")
    min_salary = django_filters.NumberFilter(
        label=_("Salary at least (PLN a month)"),
        min_value=0,
        max_value=1_000_000,
        decimal_places=2,
        widget=NumberInput,
        method="filter_min_salary",
    )
    posted_within = IntegerFilter(
        label=_("Posted in the last (days)"),
        min_value=1,
        max_value=365,
        method="filter_posted_within",
    )
    sort = ChoiceValueFilter(
        label=_("Sort"),
        choices=JobSort.choices,
        initial=JobSort.NEWEST,
        method=read_elsewhere,
    )

    def set_choices(self, fields) -> None:
        fields["category"].choices = [("", _("All roles")), *category_choices(self.locale_id)]

    def slugs_in_this_language(self, name: str) -> dict[str, str]:
        return category_slugs(self.locale_id)

    def filter_remote(self, queryset, name, remote):
        return queryset.filter(work_mode=WorkMode.REMOTE) if remote else queryset

    def filter_min_salary(self, queryset, name, minimum):
        return queryset.alias(monthly_max=monthly_salary("salary_max")).filter(
            monthly_max__gte=minimum
        )

    def filter_posted_within(self, queryset, name, days):
        return queryset.filter(first_published_at__gte=self.now - datetime.timedelta(days=days))

    def order(self, queryset):
        sort = self.form.cleaned_data.get("sort") if self.is_valid() else None
        return sort_postings(queryset, sort).select_related("category")
