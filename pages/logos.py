"""The picture that stands for an organisation on a card: its uploaded logo (a 96×96
rendition) or, without one, a generated monogram (pages.covers)."""

from pages.cache import until_content_changes
from pages.covers import monogram_url

LOGO_FILTER = "fill-96x96|format-webp"


def _rendition_url(logo_id: int) -> str | None:
    from wagtail.images import get_image_model

    image = get_image_model().objects.filter(pk=logo_id).first()
    return image.get_rendition(LOGO_FILTER).url if image is not None else None


def organisation_logo_url(organisation) -> str:
    """`organisation` is an OrganisationPage or a directory entry (pages.directory): both
    carry `logo_id` and `title`. The rendition's URL is cached until content changes, so a
    listing of twelve cards reads no image rows in the steady state."""
    logo_id = getattr(organisation, "logo_id", None)
    if logo_id:
        url = until_content_changes(f"logo-url:{logo_id}", lambda: _rendition_url(logo_id))
        if url:
            return url
    return monogram_url(name=organisation.title)
