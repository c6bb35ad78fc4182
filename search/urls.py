from django.urls import path, register_converter
from django.utils.translation import gettext_lazy as _

from search import alert_views, api_views, views


class TokenConverter:
    regex = "[A-Za-z0-9_-]{20,64}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(TokenConverter, "alert_token")

urlpatterns = [
    path(_("search/"), views.search_page, name="network_search"),
    path(_("search/alerts/new/"), alert_views.new_alert, name="network_search_alert_new"),
    path(_("search/alerts/sent/"), alert_views.alert_sent, name="network_search_alert_sent"),
    path(
        _("search/alerts/confirm/<alert_token:token>/"),
        alert_views.confirm_alert,
        name="network_search_alert_confirm",
    ),
    path(
        _("search/alerts/unsubscribe/<alert_token:token>/"),
        alert_views.unsubscribe_alert,
        name="network_search_alert_unsubscribe",
    ),
]

unprefixed_urlpatterns = [
    path("api/search/", api_views.SearchApi.as_view(), name="network_search_api"),
    path(
        "api/search/autocomplete/",
        api_views.AutocompleteApi.as_view(),
        name="network_search_autocomplete",
    ),
    path(
        "api/search/openapi.json",
        api_views.OpenApiDocument.as_view(),
        name="network_search_openapi",
    ),
]
