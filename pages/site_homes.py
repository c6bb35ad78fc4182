"""The current site's home page in each language, without a query of its own.

Wagtail keeps every site's root page and its translations in its cached
`Site.get_site_root_paths()` (site, url_path, root URL, language), and finds the site of a
request once per request. The header's home link, language switcher and main menu need no
more than that: a home's URL is Wagtail's `wagtail_serve` URL of its empty path in its
language, and its children are the pages one level below its url_path (one query, shared by
everything that links to one of them)."""

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


def root_path_of(page: Page) -> SiteRootPath | None:
    """The home `page` lies below (or is), as Wagtail's URL building picks it."""
    return next(
        (root for root in Site.get_site_root_paths() if page.url_path.startswith(root.root_path)),
        None,
    )


def home_children(request, root: SiteRootPath) -> list[Page]:
    """The home's live public children, in tree order, as specific pages with deferred fields:
    one query per request serves the main menu, the accessibility statement's link, the
    organisation index and the sections' "see all" links, which all live there."""

    def read() -> list[Page]:
        # A page's url_path is its parent's plus its slug and "/", so its depth is its count of "/".
        depth = root.root_path.count("/") + 1
        return list(
            public(Page.objects.live().filter(url_path__startswith=root.root_path, depth=depth))
            .order_by("path")
            .specific(defer=True)
        )

    return memo(request, f"home-children:{root.site_id}:{root.root_path}", read)


def child_of_type(children: list[Page], model) -> Page | None:
    return next((child for child in children if isinstance(child, model)), None)
