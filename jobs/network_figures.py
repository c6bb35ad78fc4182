"""The job board's columns on the network dashboard (pages.network_overview)."""

from django.utils.translation import gettext_lazy as _

from jobs.models import JobApplication, JobPostingPage
from pages.network_overview import PAGE_STATUS_COLUMNS, page_status_rows
from pages.registry import NetworkFigure


def posting_rows(*, now):
    return page_status_rows(JobPostingPage.objects.all())


def application_rows(*, now):
    for path in JobApplication.objects.values_list("posting__path", flat=True):
        yield path, "received"


def job_figures() -> list[NetworkFigure]:
    return [
        NetworkFigure(
            key="job_postings",
            title=_("Job postings"),
            columns=PAGE_STATUS_COLUMNS,
            rows=posting_rows,
            order=10,
        ),
        NetworkFigure(
            key="job_applications",
            title=_("Job applications"),
            columns=(("received", _("Received in total")),),
            rows=application_rows,
            order=20,
        ),
    ]
