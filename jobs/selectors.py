"""Read-side queries for the job board (its filters and their order are in jobs.filters)."""

import datetime

from django.db.models import QuerySet

from jobs import lifecycle
from jobs.models.pages import JobPostingPage
from pages.visibility import public


def open_postings(*, locale, now: datetime.datetime) -> QuerySet:
    locale_id = getattr(locale, "pk", locale)
    return (
        public(JobPostingPage.objects.live())
        .filter(locale_id=locale_id)
        .filter(lifecycle.open_filter(now=now))
    )


def postings_needing_reminder(*, now: datetime.datetime) -> QuerySet:
    return JobPostingPage.objects.live().filter(lifecycle.reminder_filter(now=now))
