"""A site-wide content version for template fragment caches.

Fragments that depend on the page tree (menus, language switchers) are cached under a key
that includes this version; publishing, unpublishing, moving or deleting any page bumps it.
With several server processes the cache must be shared (CACHE_URL: Redis, Memcached or the
database), otherwise other processes see the change only when their fragments expire.
"""

import time

from django.core.cache import cache

VERSION_KEY = "siec:content-version"
FRAGMENT_SECONDS = 300


def content_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = time.time_ns()
        cache.add(VERSION_KEY, version, timeout=None)
    return version


def bump_content_version(**kwargs) -> None:
    cache.set(VERSION_KEY, time.time_ns(), timeout=None)
