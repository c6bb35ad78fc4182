"""A small cached directory of the network's organisations, per language.

Listings need each item's organisation and the organisation filter needs their names; both
are read on every listing request and change only when an organisation page is published,
so they are cached under the content version (see pages.cache)."""

from dataclasses import dataclass

from django.db.models import Q

from pages.cache import until_content_changes


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
    def read() -> list[OrganisationEntry]:
        from pages.models import OrganisationPage

        return [
            OrganisationEntry(*row)
            for row in OrganisationPage.objects.live()
            .filter(locale_id=locale_id)
            .order_by("title")
            .values_list("pk", "path", "depth", "title", "short_name", "slug", "url_path")
        ]

    return until_content_changes(f"organisations:{locale_id}", read)


def all_organisation_paths() -> dict[str, OrganisationEntry]:
    """Every live organisation in every language, by tree path."""
    from wagtail.models import Locale

    return until_content_changes(
        "organisation-paths",
        lambda: {
            entry.path: entry
            for locale_id in Locale.objects.values_list("pk", flat=True)
            for entry in organisation_directory(locale_id)
        },
    )
