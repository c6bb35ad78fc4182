from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class JobsConfig(AppConfig):
    name = "jobs"
    verbose_name = _("Job board")
    default_auto_field = "django.db.models.BigAutoField"
    public_urls = "jobs.urls"

    def ready(self):
        from jobs.sections import latest_jobs_section
        from jobs.signal_handlers import register_signal_handlers
        from pages.registry import (
            allow_subpage,
            grant_to_organisation_editors,
            register_demo_loader,
            register_latest_section,
        )

        register_signal_handlers()
        from jobs.search import register_search_adapter

        register_search_adapter()
        allow_subpage("pages.NetworkHomePage", "jobs.JobBoardPage")
        allow_subpage("pages.OrganisationPage", "jobs.JobIndexPage")
        register_latest_section(latest_jobs_section())
        for codename in ("view_jobapplication", "change_jobapplication", "delete_jobapplication"):
            grant_to_organisation_editors("jobs", codename)

        from jobs.demo import load_demo_jobs

        register_demo_loader(load_demo_jobs)
