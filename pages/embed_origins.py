"""The websites allowed to frame an organisation's widget (pages.embed): origins, one a line,
as CSP's frame-ancestors takes them (scheme, host and port; no path)."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

# https://example.org, http://127.0.0.1:8000, https://*.example.org (a host's subdomains).
ORIGIN = re.compile(
    r"https?://(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?"
)


def parse_origins(text: str) -> list[str]:
    """The listed origins, lower-cased, without a trailing slash; ValidationError names the
    first line that is no origin."""
    origins = []
    for line in (text or "").splitlines():
        origin = line.strip().lower().removesuffix("/")
        if not origin:
            continue
        if ORIGIN.fullmatch(origin) is None:
            raise ValidationError(
                _("%(line)s is not a website address such as https://www.example.org.")
                % {"line": line.strip()}
            )
        origins.append(origin)
    return origins


def validate_origins(text: str) -> None:
    parse_origins(text)
