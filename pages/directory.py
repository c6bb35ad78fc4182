"""A small cached directory of the network's organisations, per language.

Listings need each item's organisation and the organisation filter needs their names; both
are read on every listing request and change only when an organisation page is published,
so they are cached under their own version (pages.cache.ORGANISATIONS)."""

from dataclasses import dataclass

from django.db.models import Q

from pages.cache import ORGANISATIONS, until_content_changes


@dataclass(frozen=True)
class OrganisationEntry:
    pk: int
    path: str
    depth: int
    title: str
    short_name: str
    slug: str
    url_path: str
    logo_id: int | None = None

    def subtree(self, prefix: str = "") -> Q:
        """Pages below this organisation (a Q usable on any page queryset)."""
        return Q(**{f"{prefix}path__startswith": self.path, f"{prefix}depth__gt": self.depth})


def _all_organisations() -> dict[int, list[OrganisationEntry]]:
    """Every live organisation by locale id, in title order: one query for all languages."""

    def read() -> dict[int, list[OrganisationEntry]]:
        from pages.models import OrganisationPage

        by_locale: dict[int, list[OrganisationEntry]] = {}
        for locale_id, *row in (
            OrganisationPage.objects.live()
            .order_by("title")
            .values_list(
                "locale_id",
                "pk",
                "path",
                "depth",
                "title",
                "short_name",
                "slug",
                "url_path",
                "logo_id",
            )
        ):
            by_locale.setdefault(locale_id, []).append(OrganisationEntry(*row))
        return by_locale

    return until_content_changes("organisations", read, topic=ORGANISATIONS)


def organisation_directory(locale_id: int) -> list[OrganisationEntry]:
    return _all_organisations().get(locale_id, [])


def all_organisation_paths() -> dict[str, OrganisationEntry]:
    """Every live organisation in every language, by tree path."""
    return {entry.path: entry for entries in _all_organisations().values() for entry in entries}
