"""URL patterns contributed by installed plugin apps.

An app whose AppConfig sets `public_urls = "<module>"` gets that module's `urlpatterns`
mounted under the language prefix (/en/...) and its `unprefixed_urlpatterns` at the root.
Apps missing from INSTALLED_APPS contribute nothing.
"""

from importlib import import_module

from django.apps import apps


def plugin_urlpatterns(*, prefixed: bool) -> list:
    patterns = []
    for config in apps.get_app_configs():
        module_path = getattr(config, "public_urls", None)
        if not module_path:
            continue
        module = import_module(module_path)
        patterns.extend(
            getattr(module, "urlpatterns" if prefixed else "unprefixed_urlpatterns", [])
        )
    return patterns
