"""How plugins contribute to the network pages without `pages` importing them.

A plugin app calls these from its `AppConfig.ready()`:

- `allow_subpage("pages.OrganisationPage", "jobs.JobIndexPage")` lets editors create the
  plugin's page type under one of ours;
- `register_latest_section(LatestSection(...))` adds a "latest ..." block to the home page
  and to organisation pages;
- `exclude_from_crawlers(paths)` adds `Disallow:` lines to robots.txt.

A plugin's pages leave the sitemap by their own `get_sitemap_urls` (Wagtail's hook).

Removing the plugin from INSTALLED_APPS removes its registrations with it.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.apps import apps
from django.db.models import QuerySet
from django.utils.functional import Promise


@dataclass(frozen=True)
class LatestSection:
    key: str
    title: str | Promise
    template: str
    # Returns the newest live items for the locale, optionally only those of one organisation.
    items: Callable[..., QuerySet | list]
    # The page type ("app_label.Model") below the home that lists them all, for "see all".
    more_page_type: str | None = None
    order: int = 100


_sections: dict[str, LatestSection] = {}


def register_latest_section(section: LatestSection) -> None:
    _sections[section.key] = section


def unregister_latest_section(key: str) -> None:
    _sections.pop(key, None)


def latest_sections() -> list[LatestSection]:
    return sorted(_sections.values(), key=lambda section: (section.order, section.key))


_subpages: dict[str, list[str]] = {}


def allow_subpage(parent: str, child: str) -> None:
    """Let `child` (app_label.Model) be created under `parent`, if both apps are installed.
    The parent's class is left as it is: core page types that take plugin pages read these
    rules in their `clean_subpage_models()` (`RegisteredSubpagesMixin`)."""
    parent_label = apps.get_model(parent)._meta.label_lower
    child_label = apps.get_model(child)._meta.label_lower
    children = _subpages.setdefault(parent_label, [])
    if child_label not in children:
        children.append(child_label)


def disallow_subpage(parent: str, child: str) -> None:
    children = _subpages.get(apps.get_model(parent)._meta.label_lower, [])
    label = apps.get_model(child)._meta.label_lower
    if label in children:
        children.remove(label)


def registered_subpage_models(parent_model) -> list:
    """The page models plugins allowed under `parent_model`, in registration order."""
    return [apps.get_model(label) for label in _subpages.get(parent_model._meta.label_lower, [])]


class RegisteredSubpagesMixin:
    """For a core page type that plugin pages may live under: Wagtail's own subpage rules
    (`subpage_types`) plus what plugins registered with `allow_subpage`."""

    @classmethod
    def clean_subpage_models(cls):
        own = super().clean_subpage_models()
        return [*own, *(model for model in registered_subpage_models(cls) if model not in own)]


_editor_permissions: list[tuple[str, str]] = []


def grant_to_organisation_editors(app_label: str, codename: str) -> None:
    """Every organisation's editors group gets this model permission; the records it opens
    are still limited to the editors' own organisation by OrganisationScopedPolicy."""
    if (app_label, codename) not in _editor_permissions:
        _editor_permissions.append((app_label, codename))


def organisation_editor_permissions() -> list[tuple[str, str]]:
    return list(_editor_permissions)


_demo_loaders: list[Callable] = []


def register_demo_loader(loader: Callable) -> None:
    """`loader(home=..., organisations={"mis": page, ...}, locales={"pl": ..., "en": ...})`
    adds a plugin's demo content; it must be idempotent like the core loader."""
    if loader not in _demo_loaders:
        _demo_loaders.append(loader)


def demo_loaders() -> list[Callable]:
    return list(_demo_loaders)


_crawler_exclusions: list[Callable[[], list[str]]] = []


def exclude_from_crawlers(paths: Callable[[], list[str]]) -> None:
    """robots.txt disallows every URL prefix `paths()` returns. It is called once per
    language with that language active, so translated URL patterns can be reversed."""
    if paths not in _crawler_exclusions:
        _crawler_exclusions.append(paths)


def crawler_exclusions() -> list[Callable[[], list[str]]]:
    return list(_crawler_exclusions)


_warm_ups: list[Callable[[], None]] = []


def warm_up_web_processes(function: Callable[[], None]) -> None:
    """`function()` runs once in every web process as it starts (cms/wsgi.py), before it
    serves a request: for something slow to build on first use, which would otherwise stall
    the first visitor of each worker and every other request queued behind it."""
    if function not in _warm_ups:
        _warm_ups.append(function)


def warm_up() -> None:
    for function in _warm_ups:
        function()


# The public read API (pages.api): page types it serves, as "app_label.Model", with the
# fields of each a member site needs (Wagtail APIField names, or APIField objects).
_api_fields: dict[str, tuple] = {}


def register_api_fields(model: str, fields) -> None:
    _api_fields[model] = tuple(fields)


def api_fields_of(model) -> tuple:
    return _api_fields.get(model._meta.label, ())


def api_page_models() -> list:
    """The page models the public API serves, of installed apps only."""
    return [apps.get_model(label) for label in sorted(_api_fields)]


@dataclass(frozen=True)
class MessageKind:
    """A message an organisation may word once (`pages.MessageTemplate`), e.g. the e-mail of
    an invitation to interview: `key` is stored, `label` is shown."""

    key: str
    label: str | Promise


_message_kinds: dict[str, MessageKind] = {}


def register_message_kind(kind: MessageKind) -> None:
    _message_kinds[kind.key] = kind


def message_kinds() -> list[MessageKind]:
    return list(_message_kinds.values())


def message_kind_choices() -> list[tuple[str, str | Promise]]:
    """The model field's choices, read when a form is built, after every plugin registered."""
    return [(kind.key, kind.label) for kind in _message_kinds.values()]


@dataclass(frozen=True)
class NetworkFigure:
    """A group of columns on the network dashboard (pages.network_dashboard), e.g. a plugin's
    job postings by status. `rows(now=)` yields `(path, column key)` once per item counted:
    the tree path of the page the item is or hangs under, from which the dashboard finds its
    organisation. It must run a fixed number of queries, whatever the number of items."""

    key: str
    title: str | Promise
    columns: tuple[tuple[str, str | Promise], ...]
    rows: Callable[..., Iterable[tuple[str, str]]]
    order: int = 100


_network_figures: dict[str, NetworkFigure] = {}


def register_network_figure(figure: NetworkFigure) -> None:
    _network_figures[figure.key] = figure


def network_figures() -> list[NetworkFigure]:
    return sorted(_network_figures.values(), key=lambda figure: (figure.order, figure.key))
