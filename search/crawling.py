"""What crawlers are asked to leave alone: result pages (endless combinations of filters,
already noindex) and the saved-search alert pages, whose addresses carry private tokens."""

import posixpath

from django.urls import reverse

# Shaped like a token so the alert patterns reverse; only the prefix before it is used.
_SAMPLE_TOKEN = "t" * 20


def disallowed_paths() -> list[str]:
    """For the active language: `/szukaj/?` (results, not the empty search page), the JSON
    API and the alert pages' common prefix (`/szukaj/alerty/`)."""
    alert_paths = [
        reverse("network_search_alert_new"),
        reverse("network_search_alert_sent"),
        reverse("network_search_alert_confirm", kwargs={"token": _SAMPLE_TOKEN}),
        reverse("network_search_alert_unsubscribe", kwargs={"token": _SAMPLE_TOKEN}),
    ]
    alerts_prefix = posixpath.commonpath(alert_paths).rstrip("/") + "/"
    return [
        reverse("network_search") + "?",
        alerts_prefix,
        reverse("network_search_api") + "?",
    ]
