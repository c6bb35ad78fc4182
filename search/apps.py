from django.utils.translation import gettext_lazy as _

from pages import plugins  # the module, not the class: see pages.plugins


class SearchConfig(plugins.PluginAppConfig):
    name = "search"
    label = "network_search"
    verbose_name = _("Network search")
    public_urls = "search.urls"

    def connect(self):
        from pages.registry import exclude_from_crawlers, warm_up_web_processes
        from search import checks, stemming  # noqa: F401 – checks registers the settings check
        from search.crawling import disallowed_paths
        from search.signal_handlers import register_signal_handlers

        register_signal_handlers()
        exclude_from_crawlers(disallowed_paths)
        warm_up_web_processes(stemming.warm)
