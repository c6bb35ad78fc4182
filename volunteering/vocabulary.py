"""The skill and cause vocabularies by language, cached until a term changes.

Sets of terms are kept as bit masks; these lookups turn a mask back into names in the
reader's language (falling back to Polish, the network's source language)."""

from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.utils import translation

from pages.cache import VOCABULARY, until_content_changes


def active_language() -> str:
    return translation.get_language() or settings.LANGUAGE_CODE


@dataclass(frozen=True)
class Term:
    bit: int
    slug: str
    name: str

    @property
    def mask(self) -> int:
        return 1 << self.bit


def terms(model_name: str, language_code: str) -> list[Term]:
    """One term per concept: its row in `language_code`, else the Polish one."""
    return until_content_changes(
        f"vocabulary:{model_name}:{language_code}",
        lambda: _read_terms(model_name, language_code),
        topic=VOCABULARY,
    )


def _read_terms(model_name: str, language_code: str) -> list[Term]:
    model = apps.get_model("volunteering", model_name)
    rows = model.objects.select_related("locale").order_by("bit", "pk")
    by_bit: dict[int, Term] = {}
    preference = [language_code, settings.LANGUAGE_CODE]
    ranked = sorted(
        rows,
        key=lambda row: (
            preference.index(row.locale.language_code)
            if row.locale.language_code in preference
            else len(preference)
        ),
    )
    for row in ranked:
        by_bit.setdefault(row.bit, Term(bit=row.bit, slug=row.slug, name=row.name))
    return sorted(by_bit.values(), key=lambda term: term.name.casefold())


def names(model_name: str, mask: int, language_code: str | None = None) -> list[str]:
    language_code = language_code or active_language()
    return [term.name for term in terms(model_name, language_code) if mask & term.mask]


def slugs_in(model_name: str, language_code: str) -> dict[str, str]:
    """Every language's slug of a term -> its slug in `language_code` (one bit is one
    concept in every language), from the cached vocabularies."""
    own = {term.bit: term.slug for term in terms(model_name, language_code)}
    slugs = {
        term.slug: own[term.bit]
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
        for term in terms(model_name, code)
        if term.bit in own
    }
    # A slug this language uses itself means its own term, whatever another one means.
    slugs.update({slug: slug for slug in own.values()})
    return slugs


def mask_for_slugs(model_name: str, slugs, language_code: str) -> int:
    wanted = set(slugs)
    mask = 0
    for term in terms(model_name, language_code):
        if term.slug in wanted:
            mask |= term.mask
    return mask
