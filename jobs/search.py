"""What the job board contributes to the network search (see search.registry)."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.rich_text import get_text_for_indexing

from jobs import lifecycle
from jobs.models import EmploymentType, JobPostingPage, WorkMode
from pages.topics import term_names
from search.registry import SearchAdapter, base_document, coordinates, register


class JobPostingAdapter(SearchAdapter):
    kind = "job"
    label = _("Job offers")
    alerts = True
    employment_types = dict(EmploymentType.choices)

    def queryset(self):
        return (
            JobPostingPage.objects.live()
            .public()
            .filter(lifecycle.open_filter(now=timezone.now()))
            .select_related("category", "locale")
        )

    def document(self, page):
        return base_document(
            page,
            kind=self.kind,
            summary=page.summary,
            body=" ".join(
                get_text_for_indexing(text)
                for text in (page.responsibilities, page.requirements, page.offer)
            ),
            tags=term_names([page.category], locale=page.locale) if page.category_id else [],
            city=page.city,
            remote=page.work_mode == WorkMode.REMOTE,
            start_date=page.start_date,
            deadline_date=page.deadline_date,
            salary_min=float(page.salary_min),
            salary_max=float(page.salary_max),
            employment_type=page.employment_type,
            **coordinates(page),
        )


def register_search_adapter():
    register(JobPostingPage, JobPostingAdapter())
