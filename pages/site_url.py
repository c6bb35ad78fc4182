"""The site's public address, the one source of every absolute link.

Pages build their full URLs from the Wagtail `Site` record (hostname and port); e-mails,
calendar files, sitemaps, robots.txt and exports use the same record through `site_root_url`.
The record is set from the `SITE_URL` setting by `manage.py apply_site_url` (run by `make run`
and on every deployment), and `WAGTAILADMIN_BASE_URL` is `SITE_URL` too, so the admin's own
links agree with it.
"""

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError

from wagtail.models import Site

from pages.cache import SHAPE, until_content_changes


@dataclass(frozen=True)
class SiteAddress:
    hostname: str
    port: int


def parse_site_url(url: str) -> SiteAddress:
    """The hostname and port of `url`, or a ValidationError saying what is wrong with it.

    Wagtail's `Site.root_url` writes https only for port 443 and http for every other port,
    so an https address on another port (or a path, which a Site cannot carry) is refused
    rather than silently turned into a different address."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as error:
        raise ValidationError(f"{url!r} is not a URL: {error}") from error
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ValidationError(f"{url!r} must be http://host[:port] or https://host")
    if parts.path not in {"", "/"} or parts.query or parts.fragment or parts.username:
        raise ValidationError(f"{url!r} must be the bare address, without a path or query")
    if parts.scheme == "https":
        if port not in {None, 443}:
            raise ValidationError(f"{url!r}: an https address must use port 443")
        return SiteAddress(hostname=parts.hostname, port=443)
    if port == 443:
        raise ValidationError(f"{url!r}: port 443 is https")
    return SiteAddress(hostname=parts.hostname, port=port or 80)


def apply_site_url(*, url: str, site: Site) -> Site:
    """Give `site` the hostname and port of `url` (saved only when they change)."""
    address = parse_site_url(url)
    if (site.hostname, site.port) != (address.hostname, address.port):
        site.hostname, site.port = address.hostname, address.port
        site.save(update_fields=["hostname", "port"])
    return site


def site_root_url() -> str:
    """`http://host:port` (or `https://host`) of the default Site, without a trailing slash;
    `SITE_URL` while there is no Site yet. Cached under the tree's shape (pages.cache.SHAPE),
    which saving a Site bumps (pages.signal_handlers)."""

    def find() -> str:
        # Wagtail's cached site root paths, which building any page URL has read already: with
        # one Site (the network's case) its root URL costs no query of its own.
        root_urls = {entry.root_url for entry in Site.get_site_root_paths()}
        if len(root_urls) == 1:
            return root_urls.pop()
        site = Site.objects.filter(is_default_site=True).first()
        return site.root_url if site else settings.SITE_URL.rstrip("/")

    return until_content_changes("site-root-url", find, topic=SHAPE)


def site_hostname() -> str:
    return urlsplit(site_root_url()).hostname or ""
