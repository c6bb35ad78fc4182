"""The canonical URL and the link-preview (Open Graph, Twitter) data of a page.

Canonical URLs: a listing's filter and sort variants point at the unfiltered listing, except
a listing filtered by one of its form's `landing_filters` alone (a job category, a kind of
event: pages people search for by name), which is its own canonical. A page of results past
the first keeps its `?page=N`, as Google advises for paginated series; anything else in the
query string (tracking parameters, unknown fields) is dropped.
"""

from dataclasses import dataclass

from django.utils.http import urlencode
from django.utils.translation import gettext

from pages.logos import logo_rendition
from pages.notifications import absolute_url
from pages.share_cards import HEIGHT, WIDTH, card_url

# Open Graph wants territory-qualified locales.
OG_LOCALES = {"pl": "pl_PL", "en": "en_GB"}


@dataclass(frozen=True)
class ShareImage:
    url: str
    width: int
    height: int
    alt: str
    # A wide card gets Twitter's large preview; a square logo the small one.
    large: bool


def canonical_query(*, form, page_number: int | None) -> str:
    """The query string the canonical URL keeps (without "?"), from the listing's bound
    filter form and the page of results shown."""
    query = {}
    if form is not None and form.is_bound:
        landing = getattr(form, "landing_filters", ())
        chosen = {
            name: form.data.get(name)
            for name in form.fields
            if name != "page" and form.data.get(name) not in (None, "")
        }
        if not form.is_valid() or (
            chosen and not (len(chosen) == 1 and set(chosen) <= set(landing))
        ):
            return ""
        query.update(chosen)
    if page_number and page_number > 1:
        query["page"] = page_number
    return urlencode(query)


def canonical_url(page, *, request, form=None, results=None) -> str:
    base = page.get_full_url(request)
    query = canonical_query(form=form, page_number=getattr(results, "number", None))
    return f"{base}?{query}" if query else base


def share_image(page) -> ShareImage:
    """An organisation's page shows its logo; every other page its share card."""
    from pages.models import OrganisationPage

    if (
        isinstance(page, OrganisationPage)
        and page.logo_id
        and (rendition := logo_rendition(page.logo_id, "max-1200x1200|format-png"))
    ):
        return ShareImage(
            url=absolute_url(rendition["url"]),
            width=rendition["width"],
            height=rendition["height"],
            alt=gettext("Logo of %(name)s") % {"name": page.title},
            large=False,
        )
    return ShareImage(url=card_url(page), width=WIDTH, height=HEIGHT, alt=page.title, large=True)
