"""The recruitment panel of the Wagtail dashboard: per organisation the editor works for, the
applications still unopened, the postings closing within a week and the pages awaiting review."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.admin.ui.components import Component
from wagtail.models import Page, WorkflowState

from jobs.models import ApplicationStatus, JobApplication, JobPostingPage
from pages.models import OrganisationPage
from pages.workspaces import workspace_keys_for_user


@dataclass(frozen=True)
class RecruitmentSummary:
    organisation: OrganisationPage
    new_applications: int
    closing_this_week: int
    awaiting_review: int
    applications_url: str


def _within(organisation_key, *, field: str) -> Q:
    condition = Q(pk__in=[])
    paths = OrganisationPage.objects.filter(translation_key=organisation_key).values_list(
        "path", flat=True
    )
    for path in paths:
        condition |= Q(**{f"{field}__startswith": path})
    return condition


def recruitment_summary(
    *, organisation: OrganisationPage, now: datetime.datetime
) -> RecruitmentSummary:
    key = organisation.translation_key
    today = timezone.localdate(now)
    pages_inside = Page.objects.filter(_within(key, field="path"))
    return RecruitmentSummary(
        organisation=organisation,
        new_applications=JobApplication.objects.filter(
            _within(key, field="posting__path"), status=ApplicationStatus.RECEIVED
        ).count(),
        closing_this_week=JobPostingPage.objects.live()
        .filter(_within(key, field="path"))
        .filter(deadline_date__gte=today, deadline_date__lte=today + datetime.timedelta(days=7))
        .count(),
        awaiting_review=WorkflowState.objects.active()
        .filter(
            object_id__in=pages_inside.annotate(pk_text=Cast("pk", CharField())).values("pk_text")
        )
        .count(),
        applications_url=reverse("job_applications:index") + "?status=RECEIVED",
    )


def summaries_for(user, *, now: datetime.datetime) -> list[RecruitmentSummary]:
    keys = workspace_keys_for_user(user)
    organisations = {}
    language = translation.get_language()
    # Each organisation once, named in the admin's language where it has that translation.
    candidates = sorted(
        OrganisationPage.objects.filter(translation_key__in=keys).select_related("locale"),
        key=lambda page: (page.locale.language_code != language, page.title),
    )
    for organisation in candidates:
        organisations.setdefault(organisation.translation_key, organisation)
    return [recruitment_summary(organisation=org, now=now) for org in organisations.values()]


class RecruitmentPanel(Component):
    name = "recruitment"
    order = 110
    template_name = "jobs/admin/dashboard_panel.html"

    def __init__(self, summaries: list[RecruitmentSummary]):
        self.summaries = summaries

    def get_context_data(self, parent_context=None):
        return {"summaries": self.summaries}
