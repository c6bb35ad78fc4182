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

# Narrower versions for data that most publishes do not touch. The organisation directory
# changes only when an organisation page is saved, or a page is unpublished, moved or deleted
# (an ancestor's move changes the organisations' paths); the term vocabularies only when a term
# is saved or deleted; an organisation's own header and contact block only when that page is
# published (its cache key), the network verifies it, or a network or tag it names is edited.
# Keeping them apart from the content version means the first visitor after publishing a
# posting does not re-read them (`make bench-cold`, tests/test_query_budget.py).
ORGANISATIONS = "organisations"
VOCABULARY = "vocabulary"
ORGANISATION_DETAILS = "organisation-details"
# Which tags the pages use: bumped when a page's tags are written (taggit's tagged-item rows,
# saved only when a page is published or deleted), so the listings' tag filters are not
# rebuilt by every publish. It cost events and programmes two queries cold (`make bench-cold`).
TAGS = "tags"
# The shape of the live tree: which pages are live, where, under which title and slug, in which
# menus, behind which view restrictions, on which Site and in which language. Menus, language
# links, the child-route map and the private sections depend on nothing else, and republishing
# a posting with a new text changes none of it; the first visitor after such a publish re-read
# them all, a third of the job board's cold time (`make bench-cold`).
TREE = "tree"
# Most of the tree's changes are local: a new posting deep under an organisation changes its
# own language links and its parent's children, not the menus. SHAPE is what every page sees
# (the homes and the sections below them, any address, view restriction, Site or language);
# family_topic(key) a page's translations, children_topic(path) a parent's children. A new
# posting bumps only TREE and its two local topics, so the board's header, language links and
# accessibility link stay warm (`make bench-cold`, "after new posting").
SHAPE = "shape"


def family_topic(translation_key) -> str:
    return f"tree-family:{translation_key}"


def children_topic(parent_path: str) -> str:
    return f"tree-children:{parent_path}"


def content_version() -> int:
    return _version(VERSION_KEY)


def topic_key(topic: str) -> str:
    return f"siec:topic-version:{topic}"


def topic_version(topic: str) -> int:
    return _version(topic_key(topic))


def _version(key: str) -> int:
    version = cache.get(key)
    if version is None:
        version = time.time_ns()
        cache.add(key, version, timeout=None)
    return version


def page_topic(pk: int) -> str:
    """One page's own version: bumped whenever the page is saved live (pages.signal_handlers),
    for what shows a page's own fields elsewhere (its card on a listing)."""
    return f"page:{pk}"


def topic_versions(topics: list[str]) -> dict[str, int]:
    """The versions of many topics in one round trip to the cache (a listing's cards)."""
    keys = {topic_key(topic): topic for topic in topics}
    found = cache.get_many(list(keys))
    return {topic: found.get(key) or _version(key) for key, topic in keys.items()}


def topics_stamp(*topics: str) -> str:
    """The versions of several topics as one cache key part, read in one round trip."""
    return "-".join(str(version) for version in topic_versions(list(topics)).values())


def bump_topic(topic: str) -> None:
    cache.set(topic_key(topic), time.time_ns(), timeout=None)


def topic_bumper(*topics: str) -> Callable[..., None]:
    """A signal receiver that bumps `topics` (keep a reference: signals hold it weakly)."""

    def bump(sender=None, raw=False, **kwargs) -> None:
        if not raw:
            for topic in topics:
                bump_topic(topic)

    return bump


def fragment_stamp(*, now: datetime) -> str:
    """The content version and the current FRAGMENT_SECONDS window, for fragments that also
    change with the clock (a posting past its deadline, an event that has begun). Windows
    start on the wall clock's five-minute marks, so a deadline at midnight is exact."""
    return f"{content_version()}-{clock_window(now=now)}"


def clock_window(*, now: datetime) -> int:
    return int(now.timestamp()) // FRAGMENT_SECONDS


def until_content_changes(
    name: str, compute: Callable[[], T], *, topic: str | tuple[str, ...] | None = None
) -> T:
    """`compute()`, cached under `name` and the content version (or only `topic`'s version,
    or the versions of several topics): any bump recomputes it, and a process whose cache
    missed the bump recomputes it after FRAGMENT_SECONDS. `compute` must not return None."""
    if isinstance(topic, tuple):
        version = topics_stamp(*topic)
    else:
        version = topic_version(topic) if topic else content_version()
    key = f"siec:{name}:{version}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, FRAGMENT_SECONDS)
    return value


def bump_content_version(**kwargs) -> None:
    cache.set(VERSION_KEY, time.time_ns(), timeout=None)
