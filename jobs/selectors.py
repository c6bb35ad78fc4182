"""Read-side queries for the job board."""

import datetime

from django.db.models import Case, F, QuerySet, When

from jobs import lifecycle
from jobs.forms import JobSort
from jobs.models import JobPostingPage, SalaryPeriod, WorkMode
from pages.geo import filter_near
from pages.visibility import public

# An hourly rate is compared with monthly ones at a full-time month (168 hours).
HOURS_PER_MONTH = 168


def monthly_salary(field: str):
    """The salary bound expressed per month, so hourly and monthly offers compare fairly."""
    return Case(
        When(salary_period=SalaryPeriod.HOUR, then=F(field) * HOURS_PER_MONTH),
        default=F(field),
    )


def open_postings(*, locale, now: datetime.datetime) -> QuerySet:
    locale_id = getattr(locale, "pk", locale)
    return (
        public(JobPostingPage.objects.live())
        .filter(locale_id=locale_id)
        .filter(lifecycle.open_filter(now=now))
    )


def filter_postings(queryset: QuerySet, *, filters: dict, now: datetime.datetime) -> QuerySet:
    if category := filters.get("category"):
        queryset = queryset.filter(category__slug=category)
    if organisation := filters.get("organisation"):
        queryset = queryset.filter(organisation.subtree())
    if employment_type := filters.get("employment_type"):
        queryset = queryset.filter(employment_type=employment_type)
    if working_time := filters.get("working_time"):
        queryset = queryset.filter(working_time=working_time)
    if filters.get("remote"):
        queryset = queryset.filter(work_mode=WorkMode.REMOTE)
    if (minimum := filters.get("min_salary")) is not None:
        queryset = queryset.alias(monthly_max=monthly_salary("salary_max")).filter(
            monthly_max__gte=minimum
        )
    if days := filters.get("posted_within"):
        queryset = queryset.filter(first_published_at__gte=now - datetime.timedelta(days=days))
    if city := filters.get("city"):
        queryset = filter_near(queryset, city=city, radius=filters.get("radius"))
    return queryset


def sort_postings(queryset: QuerySet, sort: str | None) -> QuerySet:
    if sort == JobSort.DEADLINE:
        return queryset.order_by("deadline_date", "-first_published_at", "pk")
    if sort == JobSort.SALARY:
        return queryset.alias(monthly_max=monthly_salary("salary_max")).order_by(
            "-monthly_max", "-first_published_at", "pk"
        )
    return queryset.order_by("-first_published_at", "pk")


def listing_queryset(*, locale, filters: dict, now: datetime.datetime) -> QuerySet:
    queryset = filter_postings(open_postings(locale=locale, now=now), filters=filters, now=now)
    return sort_postings(queryset, filters.get("sort")).select_related("category")


def postings_needing_reminder(*, now: datetime.datetime) -> QuerySet:
    return JobPostingPage.objects.live().filter(lifecycle.reminder_filter(now=now))
