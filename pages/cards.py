"""What a listing card needs besides its page: its organisation and its URL, computed for a
whole list at once. No page model is imported here, so the page models' own listings
(ListingIndexMixin) and the feeds use these without an import cycle."""

from wagtail.models import Page, Site

from pages.directory import all_organisation_paths


def attach_organisations(pages) -> list:
    """Set `page.organisation` (an OrganisationEntry, or None) on each page, from the cached
    organisation directory: no query per listing in the steady state."""
    pages = list(pages)
    by_path = all_organisation_paths()
    steplen = Page.steplen
    for page in pages:
        page.organisation = next(
            (
                by_path[page.path[:length]]
                for length in range(len(page.path), 0, -steplen)
                if page.path[:length] in by_path
            ),
            None,
        )
    return pages


def attach_urls(pages, request) -> list:
    """Set `page.listing_url` for every page, exactly as Page.get_url(request) would, asking
    Wagtail once per (site, language) and reusing its prefix for the rest of the listing.
    The site a page belongs to comes from Wagtail's cached `Site.get_site_root_paths()`, read
    once for the whole listing."""
    pages = list(pages)
    root_paths = Site.get_site_root_paths()
    prefixes: dict[tuple, str | None] = {}
    for page in pages:
        possible = [root for root in root_paths if page.url_path.startswith(root.root_path)]
        if not possible:
            page.listing_url = None
            continue
        site_id, root_path, _root_url, language_code = possible[0]
        key = (site_id, root_path, language_code, len(possible))
        suffix = page.url_path[len(root_path) :]
        if key not in prefixes:
            url = page.get_url(request)
            prefixes[key] = url[: -len(suffix)] if url and suffix and url.endswith(suffix) else None
            page.listing_url = url
            continue
        prefix = prefixes[key]
        page.listing_url = prefix + suffix if prefix is not None else page.get_url(request)
    return pages


def prepare_cards(pages, request) -> list:
    return attach_urls(attach_organisations(pages), request)
