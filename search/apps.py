from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "network_search"
    verbose_name = _("Network search")
    default_auto_field = "django.db.models.BigAutoField"
    public_urls = "search.urls"

    def ready(self):
        from pages.registry import exclude_from_crawlers, warm_up_web_processes
        from search import checks, stemming  # noqa: F401 – checks registers the settings check
        from search.crawling import disallowed_paths
        from search.signal_handlers import register_signal_handlers

        register_signal_handlers()
        exclude_from_crawlers(disallowed_paths)
        warm_up_web_processes(stemming.warm)
