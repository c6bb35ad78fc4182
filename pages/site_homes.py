"""The current site's home page in each language, without a query of its own.

Wagtail keeps every site's root page and its translations in its cached
`Site.get_site_root_paths()` (site, url_path, root URL, language), and finds the site of a
request once per request. The header's home link, language switcher and main menu need no
more than that: a home's URL is Wagtail's `wagtail_serve` URL of its empty path in its
language, and its children are the pages one level below its url_path."""

from django.urls import reverse
from django.utils import translation

from wagtail.models import Page, Site
from wagtail.models.sites import SiteRootPath

from pages.memo import memo
from pages.visibility import public


def site_homes(request) -> dict[str, SiteRootPath]:
    """The root path of the request's site by language code (the default site's without a
    request or a matching site)."""

    def compute() -> dict[str, SiteRootPath]:
        roots = Site.get_site_root_paths()
        site = Site.find_for_request(request) if request is not None else None
        site_id = site.pk if site else (roots[0].site_id if roots else None)
        homes: dict[str, SiteRootPath] = {}
        for root in roots:
            if root.site_id == site_id:
                homes.setdefault(root.language_code, root)
        return homes

    return memo(request, "site_homes", compute)


def home_for_language(request, language_code: str | None = None) -> SiteRootPath | None:
    """The home in `language_code` (the active language), else in the site's own language."""
    homes = site_homes(request)
    code = language_code or translation.get_language()
    return homes.get(code) or next(iter(homes.values()), None)


def home_url(root: SiteRootPath) -> str:
    """What the home page's `get_url(request)` answers on its own site."""
    with translation.override(root.language_code):
        return reverse("wagtail_serve", args=("",))


def menu_pages(root: SiteRootPath):
    """The home's live children shown in menus, in tree order (one query)."""
    # A page's url_path is its parent's plus its slug and "/", so its depth is its number of "/".
    depth = root.root_path.count("/") + 1
    return public(
        Page.objects.live()
        .in_menu()
        .filter(url_path__startswith=root.root_path, depth=depth)
        .order_by("path")
    )
