"""Checks of our own: the settings, and for `manage.py check --deploy` the deployment."""

import ipaddress
import itertools
import os
import shlex

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
    if backend in PER_PROCESS_CACHES and (workers := gunicorn_workers(os.environ)) > 1:
        return [
            checks.Error(
                f"{workers} gunicorn workers would each keep their own cache ({backend}): "
                "every worker would count rate limits and admin lockouts on its own.",
                hint="Set CACHE_URL to redis://… (or db://table), or run a single worker.",
                id="siec.E001",
            )
        ]
    if backend in PER_PROCESS_CACHES:
        return [
            checks.Warning(
                f"The default cache ({backend}) is not shared between processes.",
                hint="Set CACHE_URL to redis://… (or db://table for a small site).",
                id="siec.W001",
            )
        ]
    return []


def gunicorn_workers(environ) -> int:
    """The number of workers gunicorn would start from this environment: --workers/-w in
    GUNICORN_CMD_ARGS, else WEB_CONCURRENCY (gunicorn's default for it), else 1. A
    gunicorn.conf.py is not read; its operator sets one of these too (docs/operations.md)."""
    try:
        words = shlex.split(environ.get("GUNICORN_CMD_ARGS", ""))
        given = environ.get("WEB_CONCURRENCY") or "1"
        for word, following in itertools.pairwise([*words, ""]):
            if word in ("-w", "--workers"):
                given = following
            elif word.startswith("--workers="):
                given = word.removeprefix("--workers=")
            elif word.startswith("-w"):
                given = word.removeprefix("-w")
        return int(given)
    except ValueError:
        # Unreadable: assume several, so a per-process cache is reported rather than missed.
        return 2


@checks.register(checks.Tags.security)
def trusted_proxies(app_configs, **kwargs):
    errors = []
    for proxy in settings.TRUSTED_PROXIES:
        try:
            ipaddress.ip_network(proxy, strict=False)
        except ValueError:
            errors.append(
                checks.Error(
                    f"TRUSTED_PROXIES has {proxy!r}, which is not an address or a network.",
                    hint="Give addresses or networks, comma-separated: 10.0.0.5,10.1.0.0/16.",
                    id="siec.E002",
                )
            )
    return errors


@checks.register(checks.Tags.security, deploy=True)
def proxy_without_trusted_addresses(app_configs, **kwargs):
    """Behind a proxy every request comes from the proxy's address: without TRUSTED_PROXIES
    the rate limits and the admin lockout would count all visitors as one."""
    if getattr(settings, "SECURE_PROXY_SSL_HEADER", None) and not settings.TRUSTED_PROXIES:
        return [
            checks.Warning(
                "SECURE_PROXY is on but TRUSTED_PROXIES is empty: X-Forwarded-For is ignored "
                "and every visitor counts as the proxy's address.",
                hint="Set TRUSTED_PROXIES to the addresses of your proxies.",
                id="siec.W002",
            )
        ]
    return []
