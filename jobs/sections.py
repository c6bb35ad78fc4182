from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pages.registry import LatestSection


def _latest_jobs(*, locale, organisation=None, limit):
    from jobs.cards import prepare_job_cards
    from jobs.selectors import open_postings
    from pages.selectors import attach_organisations

    postings = open_postings(locale=locale, now=timezone.now())
    if organisation is not None:
        postings = postings.descendant_of(organisation)
    return prepare_job_cards(attach_organisations(postings.order_by("-first_published_at")[:limit]))


def latest_jobs_section() -> LatestSection:
    return LatestSection(
        key="jobs",
        title=_("Latest job offers"),
        template="jobs/sections/latest_jobs.html",
        items=_latest_jobs,
        more_page_type="jobs.JobBoardPage",
        order=10,
    )
