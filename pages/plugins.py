"""The base of a plugin's AppConfig: what a plugin adds to the core, declared in one place.

A plugin (jobs, volunteering, search) subclasses `PluginAppConfig` and declares its page
types' places in the tree and the permissions organisation editors get; code that needs the
app's models (signal handlers, search adapters, "latest …" sections, demo loaders) goes in the
hook methods, which `ready()` calls once the models are loaded. Everything lands in
`pages.registry`, so the core never imports a plugin, and an app left out of INSTALLED_APPS
registers nothing (tests/test_plugins.py).

A plugin's apps.py imports this module, not the class: Django picks an app's config as the one
AppConfig subclass apps.py holds, and with this class beside it there would be two, so Django
would quietly fall back to a bare AppConfig and never call the plugin's `ready()`."""

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from django.apps import AppConfig

if TYPE_CHECKING:
    from pages.registry import LatestSection, NetworkFigure


class PluginAppConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    # The app's URL module, which cms/urls.py mounts with and without the language prefix.
    public_urls: str | None = None
    # (parent, child) page models as "app_label.Model": editors may create child under parent.
    subpages: Sequence[tuple[str, str]] = ()
    # Codenames of this app's model permissions that every organisation's editors group gets
    # (OrganisationScopedPolicy still limits them to their own organisation's records).
    editor_permissions: Sequence[str] = ()
    # "app_label.Model" -> the fields of that page type the public API serves (pages.api).
    api_fields: dict[str, Sequence[str]] = {}

    def ready(self) -> None:
        # Imported here: the registry needs Wagtail's models, which load after the AppConfigs.
        from pages.registry import (
            allow_subpage,
            grant_to_organisation_editors,
            register_api_fields,
            register_demo_loader,
            register_latest_section,
            register_network_figure,
        )

        self.connect()
        for parent, child in self.subpages:
            allow_subpage(parent, child)
        for section in self.latest_sections():
            register_latest_section(section)
        for codename in self.editor_permissions:
            grant_to_organisation_editors(self.label, codename)
        for loader in self.demo_loaders():
            register_demo_loader(loader)
        for model, fields in self.api_fields.items():
            register_api_fields(model, fields)
        for figure in self.network_figures():
            register_network_figure(figure)

    def connect(self) -> None:
        """Connect signal handlers and register anything else that needs the app's code."""

    def latest_sections(self) -> Iterable["LatestSection"]:
        """The "latest …" blocks this app adds to the home and organisation pages."""
        return ()

    def demo_loaders(self) -> Iterable[Callable]:
        """Functions that add this app's demo content (see pages.registry.register_demo_loader)."""
        return ()

    def network_figures(self) -> Iterable["NetworkFigure"]:
        """The columns this app adds to the network dashboard (pages.network_dashboard)."""
        return ()
