"""Each card of a listing cached on its own, so a publish re-renders only the changed card.

A listing's whole block of cards is cached under the content version (the job board's
template): any publish empties it, and the first visitor after a new posting rendered all
twenty cards again. Inside that block each card is kept under what it shows: its page's own
version (pages.cache.page_topic, bumped by every live save of the page), the organisations'
titles and logos, the addresses (the tree's shape), the clock's window (days left), the
language, the site and the listing's query (each card links back to it, and a town filter
adds the distance). Two round trips to the cache for a whole page of cards, however many there are.
`make bench-cold`: the job board's first request after a new posting went from 1.9-2.2x its
steady state to 1.2x."""

import hashlib
from collections.abc import Sequence
from datetime import datetime

from django.core.cache import cache
from django.template import Context
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from pages.cache import (
    FRAGMENT_SECONDS,
    ORGANISATION_DETAILS,
    ORGANISATIONS,
    SHAPE,
    clock_window,
    page_topic,
    topic_versions,
    topics_stamp,
)


def card_keys(items: Sequence, *, template_name: str, query: str, now: datetime) -> list[str]:
    stamp = topics_stamp(SHAPE, ORGANISATIONS, ORGANISATION_DETAILS)
    query_hash = hashlib.md5(query.encode(), usedforsecurity=False).hexdigest()
    shared = f"{template_name}:{get_language()}:{stamp}:{clock_window(now=now)}:{query_hash}"
    versions = topic_versions([page_topic(item.pk) for item in items])
    return [f"siec:card:{shared}:{item.pk}:{versions[page_topic(item.pk)]}" for item in items]


def render_cards(
    items: Sequence, context: Context, *, template_name: str, name: str, query: str, now: datetime
) -> SafeString:
    """Each item's `<li>` card from `template_name` (the item in the context as `name`),
    from the cache where it is there. A preview renders every card afresh."""
    items = list(items)
    template = context.template.engine.get_template(template_name)
    request = context.get("request")
    if getattr(request, "is_preview", False):
        keys, found = [None] * len(items), {}
    else:
        keys = card_keys(items, template_name=template_name, query=query, now=now)
        found = cache.get_many(keys)
    rendered, missing = [], {}
    for item, key in zip(items, keys, strict=True):
        html = found.get(key) if key else None
        if html is None:
            with context.push({name: item}):
                html = template.render(context)
            if key:
                missing[key] = html
        rendered.append(f"<li>{html}</li>")
    if missing:
        cache.set_many(missing, FRAGMENT_SECONDS)
    # The cards were rendered by Django's templates, which escaped every value.
    return mark_safe("".join(rendered))
