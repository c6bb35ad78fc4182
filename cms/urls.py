from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.i18n import set_language

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls

from cms.plugin_urls import plugin_urlpatterns
from pages import sitemaps
from pages.api import api_router
from pages.api_schema import openapi_document
from pages.embed import accent_stylesheet, network_embed, organisation_embed
from pages.password_reset import password_reset
from pages.site_history import ScopedLogEntriesView
from pages.views import share_card

handler500 = "cms.views.server_error"

urlpatterns = [
    # Wagtail's own view, rate limited and mailing from the task queue; before the admin's
    # URLs, so it answers this address and Wagtail's name for it still reverses here.
    path("admin/password_reset/", password_reset),
    # Wagtail's site history, scoped to the organisations the user may reach
    # (pages.site_history); before the admin's own routes for the same paths.
    path("admin/reports/site-history/", require_admin_access(ScopedLogEntriesView.as_view())),
    path(
        "admin/reports/site-history/results/",
        require_admin_access(ScopedLogEntriesView.as_view(results_only=True)),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/openapi.json", openapi_document, name="pages_api_openapi"),
    path("api/v2/", api_router.urls),
    path("embed/accent-<str:accent>.css", accent_stylesheet, name="embed_accent"),
    path("i18n/setlang/", set_language, name="set_language"),
    path("robots.txt", sitemaps.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemaps.sitemap_index, name="sitemap_index"),
    path("sitemap-<str:section>.xml", sitemaps.sitemap_section, name="sitemap_section"),
    path(
        "share-cards/<int:page_id>-<int:revision_id>.png",
        share_card,
        name="share_card",
    ),
    *plugin_urlpatterns(prefixed=False),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
elif getattr(settings, "SIEC_SERVE_MEDIA", False):
    # The demo (cms.settings.demo) runs with DEBUG off; Django's static() helper would then
    # serve nothing, so its view is mounted directly for the uploaded logos and covers.
    from django.urls import re_path
    from django.views.static import serve

    urlpatterns += [
        re_path(
            rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

urlpatterns += i18n_patterns(
    *plugin_urlpatterns(prefixed=True),
    # Stable addresses for members' websites (pages.embed), before the pages' catch-all.
    path("embed/", network_embed, name="embed"),
    path("embed/<slug:slug>/", organisation_embed, name="embed_organisation"),
    path("", include("pages.joining.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
