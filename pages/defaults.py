"""Reading an organisation's defaults (pages.OrganisationDefaults) for a page inside it."""

from wagtail.models import Page

from pages.models import OrganisationDefaults, OrganisationPage


def defaults_for_page(page: Page) -> OrganisationDefaults | None:
    """The defaults of the organisation `page` lies in (any of its translations), if any."""
    organisation = (
        OrganisationPage.objects.ancestor_of(page, inclusive=True).only("translation_key").first()
    )
    if organisation is None:
        return None
    return OrganisationDefaults.objects.filter(
        organisation__translation_key=organisation.translation_key
    ).first()


def ensure_organisation_defaults(*, organisation: OrganisationPage) -> OrganisationDefaults:
    existing = OrganisationDefaults.objects.filter(
        organisation__translation_key=organisation.translation_key
    ).first()
    return existing or OrganisationDefaults.objects.create(organisation=organisation)


def template_text(*, page: Page, kind: str, language_code: str) -> str:
    """The organisation's wording of a message kind in a language, or "" when it has none."""
    defaults = defaults_for_page(page)
    template = defaults and defaults.message_template(kind=kind, language_code=language_code)
    return template.body if template else ""
