"""A site-wide content version for template fragment caches.

Fragments that depend on the page tree (menus, language switchers) are cached under a key
that includes this version; publishing, unpublishing, moving or deleting any page bumps it.
With several server processes the cache must be shared (CACHE_URL: Redis, Memcached or the
database), otherwise other processes see the change only when their fragments expire.
"""

import time
from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from django.core.cache import cache

T = TypeVar("T")

VERSION_KEY = "siec:content-version"
FRAGMENT_SECONDS = 300


def content_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = time.time_ns()
        cache.add(VERSION_KEY, version, timeout=None)
    return version


def fragment_stamp(*, now: datetime) -> str:
    """The content version and the current FRAGMENT_SECONDS window, for fragments that also
    change with the clock (a posting past its deadline, an event that has begun). Windows
    start on the wall clock's five-minute marks, so a deadline at midnight is exact."""
    return f"{content_version()}-{int(now.timestamp()) // FRAGMENT_SECONDS}"


def until_content_changes(name: str, compute: Callable[[], T]) -> T:
    """`compute()`, cached under `name` and the content version: any bump recomputes it, and
    a process whose cache missed the bump recomputes it after FRAGMENT_SECONDS.
    `compute` must not return None (a miss)."""
    key = f"siec:{name}:{content_version()}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, FRAGMENT_SECONDS)
    return value


def bump_content_version(**kwargs) -> None:
    cache.set(VERSION_KEY, time.time_ns(), timeout=None)
