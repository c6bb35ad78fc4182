from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Network pages")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from pages import checks  # noqa: F401 – registers the deploy checks
        from pages.admin_forms import scope_page_forms
        from pages.api import register_core_api_fields
        from pages.sections import register_event_section
        from pages.signal_handlers import register_signal_handlers

        register_signal_handlers()
        from django.db.backends.signals import connection_created

        from pages.folding import register_sqlite_unaccent

        connection_created.connect(register_sqlite_unaccent, dispatch_uid="siec_sqlite_unaccent")
        from django.db.models.signals import post_migrate

        from pages.joining.roles import ensure_network_coordinators_group

        # For every app, not only this one: this app's post_migrate may come before
        # django.contrib.auth has created the permissions the group is given.
        post_migrate.connect(ensure_network_coordinators_group, dispatch_uid="siec_coordinators")
        from pages.search import register_search_adapters

        register_search_adapters()
        register_event_section()
        scope_page_forms()
        register_core_api_fields()
