from django.utils.translation import gettext_lazy as _

from pages import plugins  # the module, not the class: see pages.plugins


class JobsConfig(plugins.PluginAppConfig):
    name = "jobs"
    verbose_name = _("Job board")
    public_urls = "jobs.urls"
    subpages = [
        ("pages.NetworkHomePage", "jobs.JobBoardPage"),
        ("pages.OrganisationPage", "jobs.JobIndexPage"),
    ]
    editor_permissions = ["view_jobapplication", "change_jobapplication", "delete_jobapplication"]
    # What a member site shows of a posting (pages.api); no contact person's details.
    api_fields = {
        "jobs.JobPostingPage": [
            "summary",
            "employment_type",
            "working_time",
            "hours_per_week",
            "salary_min",
            "salary_max",
            "salary_basis",
            "salary_period",
            "work_mode",
            "start_date",
            "deadline_date",
            "responsibilities",
            "requirements",
            "offer",
            "apply_method",
            "application_url",
            "street_address",
            "postal_code",
            "city",
        ],
    }

    def connect(self):
        from jobs.search import register_search_adapter
        from jobs.signal_handlers import register_message_kinds, register_signal_handlers

        register_signal_handlers()
        register_search_adapter()
        register_message_kinds()

    def latest_sections(self):
        from jobs.sections import latest_jobs_section

        return [latest_jobs_section()]

    def demo_loaders(self):
        from jobs.demo import load_demo_jobs

        return [load_demo_jobs]

    def network_figures(self):
        from jobs.network_figures import job_figures

        return job_figures()
