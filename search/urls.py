from django.urls import path
from django.utils.translation import gettext_lazy as _

from search import views

urlpatterns = [path(_("search/"), views.search_page, name="network_search")]

unprefixed_urlpatterns = [
    path("api/search/", views.api_search, name="network_search_api"),
    path("api/search/autocomplete/", views.api_autocomplete, name="network_search_autocomplete"),
]
