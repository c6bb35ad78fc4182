"""Protection of the public forms against floods and bots, shared by every plugin.

Rate limits count POSTs per client address and form in the shared cache (django-ratelimit),
so every gunicorn worker sees the same count once CACHE_URL points at Redis, Memcached or
the database. A flood gets a readable 429 page; whatever the visitor typed is not saved, and
the page says so, so nobody believes a refused form was sent.

The honeypot is one extra text field that people never see (off screen, out of the tab order,
hidden from screen readers) and naive bots fill in. A filled honeypot is a form error like any
other: the form comes back with a 400 and nothing is stored.
"""

import contextlib
import functools
import ipaddress
from collections.abc import Callable

from django import forms
from django.conf import settings
from django.http import HttpRequest
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from django_ratelimit.core import is_ratelimited

HONEYPOT_NAME = "website"


def client_ip(request: HttpRequest) -> str:
    """The visitor's address, for rate limits and django-axes alike. X-Forwarded-For counts only
    on a request from one of settings.TRUSTED_PROXIES: read from the right, every hop our proxies
    added is skipped and the first other address is the client. Entries further left come from
    the client and can be forged; a request that did not come through our proxies (someone
    reaching a worker directly) could forge them all, so its header is ignored."""
    remote = request.META.get("REMOTE_ADDR", "")
    if not _is_trusted_proxy(remote):
        return remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    for hop in reversed(hops):
        if not _is_trusted_proxy(hop):
            return hop
    return hops[0] if hops else remote


@functools.cache
def _trusted_networks(proxies: tuple[str, ...]) -> tuple:
    # An entry that is not an address is trusted for nothing (check siec.E002 names it).
    networks = []
    for proxy in proxies:
        with contextlib.suppress(ValueError):
            networks.append(ipaddress.ip_network(proxy, strict=False))
    return tuple(networks)


def _is_trusted_proxy(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in _trusted_networks(tuple(settings.TRUSTED_PROXIES)))


def _client_key(group: str, request: HttpRequest) -> str:
    return client_ip(request)


def too_many_requests(request: HttpRequest):
    return render(request, "429.html", status=429)


def _address_key(field: str) -> Callable[[str, HttpRequest], str]:
    def key(group: str, request: HttpRequest) -> str:
        return request.POST.get(field, "").strip().lower()

    return key


def limit_posts(group: str, *, per_address: str = "") -> Callable:
    """Refuse a client's POSTs to one form past its rate: settings.RATE_LIMITS[group], or
    FORM_RATE_LIMIT (e.g. "10/m", django-ratelimit's notation). With `per_address` (the name
    of an e-mail field), also the POSTs for one address from anywhere past
    RATE_LIMITS[f"{group}-address"] or ADDRESS_RATE_LIMIT, so changing one's IP address does
    not help either. Both are counted on every POST; the answer never depends on whether the
    address is known."""
    # (cache group, key, RATE_LIMITS entry, the setting it defaults to), read per request.
    limits = [(f"siec:{group}", _client_key, group, "FORM_RATE_LIMIT")]
    if per_address:
        limits.append(
            (
                f"siec:{group}:address",
                _address_key(per_address),
                f"{group}-address",
                "ADDRESS_RATE_LIMIT",
            )
        )

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method == "POST":
                refused = [
                    is_ratelimited(
                        request,
                        group=group_name,
                        key=key,
                        rate=settings.RATE_LIMITS.get(name, getattr(settings, default)),
                        method="POST",
                        increment=True,
                    )
                    for group_name, key, name, default in limits
                ]
                if any(refused):
                    return too_many_requests(request)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


class HoneypotInput(forms.TextInput):
    template_name = "pages/widgets/honeypot.html"

    def __init__(self):
        super().__init__(attrs={"autocomplete": "off", "tabindex": "-1"})


class HoneypotMixin:
    """Adds the honeypot field to a Form or ModelForm."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT_NAME] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=HoneypotInput(),
            # The widget carries its own hidden label; the site's field template would add a
            # visible one around it.
            template_name="pages/widgets/honeypot_field.html",
        )

    def full_clean(self):
        super().full_clean()
        if self.is_bound and self.data.get(self.add_prefix(HONEYPOT_NAME)):
            # A form-wide error, so it shows above the form and not beside the hidden field.
            self.add_error(
                None,
                _("This form looks automated. Leave the “Leave this field empty” field empty."),
            )
