"""The picture that stands for an organisation on a card: its uploaded logo (a 96×96
rendition) or, without one, a generated monogram (pages.covers)."""

from pages.cache import ORGANISATION_DETAILS, until_content_changes
from pages.covers import monogram_url

LOGO_FILTER = "fill-96x96|format-webp"


def _rendition(logo_id: int, filter_spec: str) -> dict | None:
    from wagtail.images import get_image_model

    image = get_image_model().objects.filter(pk=logo_id).first()
    if image is None:
        return None
    rendition = image.get_rendition(filter_spec)
    return {"url": rendition.url, "width": rendition.width, "height": rendition.height}


def logo_rendition(logo_id: int, filter_spec: str = LOGO_FILTER) -> dict | None:
    """{"url", "width", "height"} of a rendition of the logo image `logo_id`, or None when it
    is gone. Cached per image until an image changes (the organisation-details topic, bumped
    on every image save or delete), not until any content changes: a publish elsewhere
    changes no logo, and re-reading one image row per card and per header made the first
    visitor after it pay 3 queries more (`make bench-cold`)."""
    return until_content_changes(
        f"logo-rendition:{logo_id}:{filter_spec}",
        lambda: _rendition(logo_id, filter_spec),
        topic=ORGANISATION_DETAILS,
    )


def logo_rendition_url(logo_id: int, filter_spec: str = LOGO_FILTER) -> str | None:
    found = logo_rendition(logo_id, filter_spec)
    return found["url"] if found else None


def organisation_logo_url(organisation) -> str:
    """`organisation` is an OrganisationPage or a directory entry (pages.directory): both
    carry `logo_id` and `title`. A listing of twelve cards reads no image rows once the
    renditions are cached (logo_rendition)."""
    logo_id = getattr(organisation, "logo_id", None)
    if logo_id and (url := logo_rendition_url(logo_id)):
        return url
    return monogram_url(name=organisation.title)
