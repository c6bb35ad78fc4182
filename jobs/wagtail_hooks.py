from django.contrib import messages
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l

from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from jobs.dashboard import RecruitmentPanel, summaries_for
from jobs.models import JobApplication, JobPostingPage
from jobs.titles import is_gender_inclusive
from jobs.viewsets import job_application_viewset, job_category_viewset
from pages.permissions import OrganisationScopedPolicy

register_snippet(job_category_viewset)
register_permission_policy(
    JobApplication,
    OrganisationScopedPolicy(
        JobApplication, page_path_field="posting__path", network_readable=True
    ),
)


@hooks.register("register_admin_viewset")
def register_job_applications():
    return job_application_viewset


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_one_gendered_title(request, page):
    if isinstance(page.specific, JobPostingPage) and not is_gender_inclusive(page.title):
        messages.warning(
            request,
            _(
                "The title names only one gender. Polish job adverts should name both, "
                "e.g. “Księgowy / Księgowa” or “Specjalista/tka”."
            ),
        )


@hooks.register("register_log_actions")
def register_application_log_actions(actions):
    actions.register_action(
        "jobs.application.status_changed",
        _l("Change application status"),
        _l("Application status changed"),
    )
    actions.register_action(
        "jobs.application.note_added", _l("Add internal note"), _l("Internal note added")
    )
    actions.register_action("jobs.application.cv_opened", _l("Open CV"), _l("CV opened"))


@hooks.register("construct_homepage_panels")
def add_recruitment_panel(request, panels):
    summaries = summaries_for(request.user, now=timezone.now())
    if summaries:
        panels.append(RecruitmentPanel(summaries))
