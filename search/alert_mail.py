"""The e-mails of saved-search alerts and the links in them. Links are absolute, built from
the default Site (pages.site_url); every alert carries an unsubscribe link
and the List-Unsubscribe headers mail programs show as a one-click button."""

import datetime

from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from pages.notifications import absolute_reverse, absolute_url, send_templated
from search.alerts import MAX_SEARCHES_PER_ADDRESS
from search.models import NetworkEntry, SavedSearch
from search.queries import params_from
from search.registry import kinds


def _link(name: str, saved: SavedSearch) -> str:
    return absolute_reverse(name, args=[saved.token], language_code=saved.language)


def unsubscribe_path(saved: SavedSearch) -> str:
    with translation.override(saved.language):
        return reverse("network_search_alert_unsubscribe", args=[saved.token])


def _chosen(criteria: dict, name: str) -> list[str]:
    """A facet's ticked values; searches saved before they were lists kept one value."""
    return getattr(params_from(criteria, language=""), name)


def search_url(criteria: dict, language: str) -> str:
    """The search page showing what the saved search asks for."""
    query = [("q", criteria.get("q") or "")]
    query += [("kind", kind) for kind in criteria.get("kinds") or []]
    query += [("organisation", name) for name in _chosen(criteria, "organisations")]
    query += [("tag", tag) for tag in _chosen(criteria, "tags")]
    for name in ("employment_type", "city"):
        if criteria.get(name):
            query.append((name, criteria[name]))
    if criteria.get("radius_km") and criteria.get("city"):
        query.append(("radius", criteria["radius_km"]))
    return absolute_reverse("network_search", language_code=language) + "?" + urlencode(query)


def describe(criteria: dict, language: str) -> str:
    """One line a person recognises their search by: words, kinds and filters."""
    labels = kinds()
    with translation.override(language):
        parts = [f"„{criteria['q']}”"] if criteria.get("q") else []
        parts += [str(labels.get(kind, kind)) for kind in criteria.get("kinds") or []]
        parts += [*_chosen(criteria, "organisations"), *_chosen(criteria, "tags")]
        if criteria.get("city"):
            radius = criteria.get("radius_km")
            parts.append(
                _("%(city)s and %(km)s km around") % {"city": criteria["city"], "km": radius}
                if radius
                else criteria["city"]
            )
        return " · ".join(parts) or _("everything new")


def _context(saved: SavedSearch) -> dict:
    return {
        "saved": saved,
        "description": describe(saved.criteria, saved.language),
        "search_url": search_url(saved.criteria, saved.language),
        "unsubscribe_url": _link("network_search_alert_unsubscribe", saved),
    }


def send_confirmation(saved: SavedSearch) -> None:
    send_templated(
        template="search/email/alert_confirm",
        context={**_context(saved), "confirm_url": _link("network_search_alert_confirm", saved)},
        to=[saved.email],
        language_code=saved.language,
    )


def send_limit_reached(email: str, language: str) -> None:
    send_templated(
        template="search/email/alert_limit",
        context={"limit": MAX_SEARCHES_PER_ADDRESS},
        to=[email],
        language_code=language,
    )


def still_open_entries(page_ids: list[int], *, today: datetime.date) -> list[NetworkEntry]:
    """The pages of `page_ids` that are still searchable and open, newest first: a page
    unpublished or closed since it matched is not announced."""
    return list(
        NetworkEntry.objects.filter(page_id__in=page_ids)
        .filter(Q(deadline_date__isnull=True) | Q(deadline_date__gte=today))
        .order_by("-published_at", "page_id")
    )


def send_alert(saved: SavedSearch, entries: list[NetworkEntry]) -> None:
    context = _context(saved)
    send_templated(
        template="search/email/alert",
        context={**context, "entries": [(entry, absolute_url(entry.url)) for entry in entries]},
        to=[saved.email],
        language_code=saved.language,
        headers={
            "List-Unsubscribe": f"<{context['unsubscribe_url']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
