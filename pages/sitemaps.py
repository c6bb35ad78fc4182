"""Sitemaps (an index and one sitemap per language) and robots.txt.

Every address in them is absolute from the default Site (pages.site_url), whatever host the
crawler asked for. Which pages are listed is each page's own decision through Wagtail's
`get_sitemap_urls` (a closed job posting or volunteer offer returns none), so the core never
needs to know a plugin's rules; a plugin adds robots.txt exclusions through the registry.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Max
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_GET

from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.models import Locale, Page

from pages.notifications import absolute_url
from pages.registry import crawler_exclusions


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


class LanguageSitemap(Sitemap):
    """The live public pages of one language, each with its translations as `xhtml:link`
    alternates (and `x-default`, the Polish page), when they are in the sitemaps too."""

    def __init__(self, request=None, *, language_code: str):
        super().__init__(request)
        self.language_code = language_code

    def pages_in(self, language_code: str):
        root = self.get_wagtail_site().root_page
        locale = Locale.objects.filter(language_code=language_code).first()
        home = root if root.locale_id == getattr(locale, "pk", None) else None
        if home is None and locale is not None:
            home = root.get_translation_or_none(locale)
        if home is None:
            return Page.objects.none()
        return (
            home.get_descendants(inclusive=True)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def items(self):
        return self.pages_in(self.language_code)

    def get_latest_lastmod(self):
        return self.items().aggregate(latest=Max("last_published_at"))["latest"]

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        alternates = self.alternates_by_location()
        for url in urls:
            url["alternates"] = alternates.get(url["location"], [])
        return urls

    def alternates_by_location(self) -> dict[str, list[dict[str, str]]]:
        """For each listed address, the addresses of the same page in every language, built
        from what each translation itself puts in the sitemap (a closed translation none)."""
        groups: dict[object, dict[str, str]] = defaultdict(dict)
        for code in language_codes():
            for item in self.pages_in(code).iterator():
                listed = item.get_sitemap_urls(self.request)
                if listed:
                    groups[item.translation_key][code] = listed[0]["location"]
        alternates = {}
        for by_language in groups.values():
            if len(by_language) < 2:
                continue
            links = [{"lang_code": code, "location": url} for code, url in by_language.items()]
            if settings.LANGUAGE_CODE in by_language:
                links.append(
                    {"lang_code": "x-default", "location": by_language[settings.LANGUAGE_CODE]}
                )
            for url in by_language.values():
                alternates[url] = links
        return alternates


def _sitemaps(request) -> dict[str, LanguageSitemap]:
    return {code: LanguageSitemap(request, language_code=code) for code in language_codes()}


def section_url(code: str) -> str:
    return absolute_url(reverse("sitemap_section", kwargs={"section": code}))


@require_GET
def sitemap_index(request):
    """Django's index view builds its addresses from the request's host; this one from the
    Site, like every other absolute link."""
    entries = []
    for code, section in _sitemaps(request).items():
        location, last_mod = section_url(code), section.get_latest_lastmod()
        entries.append({"location": location, "last_mod": last_mod})
        for number in range(2, section.paginator.num_pages + 1):
            entries.append({"location": f"{location}?p={number}", "last_mod": last_mod})
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": entries}, content_type="application/xml"
    )


@require_GET
def sitemap_section(request, section: str):
    return sitemap(request, _sitemaps(request), section=section)


@require_GET
def robots_txt(request):
    disallowed: list[str] = []
    for code in language_codes():
        with translation.override(code):
            for paths in crawler_exclusions():
                disallowed.extend(path for path in paths() if path not in disallowed)
    lines = ["User-agent: *", *(f"Disallow: {path}".rstrip() for path in disallowed or [""])]
    lines += ["", *(f"Sitemap: {section_url(code)}" for code in language_codes())]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
