"""A small cached directory of the network's organisations, per language.

Listings need each item's organisation and the organisation filter needs their names; both
are read on every listing request and change only when an organisation page is published,
so they are cached under the content version (see pages.cache)."""

from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Q

from pages.cache import FRAGMENT_SECONDS, content_version


@dataclass(frozen=True)
class OrganisationEntry:
    pk: int
    path: str
    depth: int
    title: str
    short_name: str
    slug: str
    url_path: str

    def subtree(self, prefix: str = "") -> Q:
        """Pages below this organisation (a Q usable on any page queryset)."""
        return Q(**{f"{prefix}path__startswith": self.path, f"{prefix}depth__gt": self.depth})


def organisation_directory(locale_id: int) -> list[OrganisationEntry]:
    key = f"siec:organisations:{locale_id}:{content_version()}"
    entries = cache.get(key)
    if entries is None:
        from pages.models import OrganisationPage

        entries = [
            OrganisationEntry(*row)
            for row in OrganisationPage.objects.live()
            .filter(locale_id=locale_id)
            .order_by("title")
            .values_list("pk", "path", "depth", "title", "short_name", "slug", "url_path")
        ]
        cache.set(key, entries, FRAGMENT_SECONDS)
    return entries


def all_organisation_paths() -> dict[str, OrganisationEntry]:
    """Every live organisation in every language, by tree path."""
    from wagtail.models import Locale

    key = f"siec:organisation-paths:{content_version()}"
    by_path = cache.get(key)
    if by_path is None:
        by_path = {
            entry.path: entry
            for locale_id in Locale.objects.values_list("pk", flat=True)
            for entry in organisation_directory(locale_id)
        }
        cache.set(key, by_path, FRAGMENT_SECONDS)
    return by_path
