"""Deployment checks of our own, run by `manage.py check --deploy`."""

from django.conf import settings
from django.core import checks

PER_PROCESS_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)


@checks.register(checks.Tags.caches, deploy=True)
def shared_cache(app_configs, **kwargs):
    """Rate limits, cached menus and the content version live in the cache; with a cache per
    process, each gunicorn worker counts a flood on its own and shows stale menus."""
    backend = settings.CACHES["default"]["BACKEND"]
    if backend in PER_PROCESS_CACHES:
        return [
            checks.Warning(
                f"The default cache ({backend}) is not shared between processes.",
                hint="Set CACHE_URL to redis://… (or db://table for a small site).",
                id="siec.W001",
            )
        ]
    return []
