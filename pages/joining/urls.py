from django.urls import include, path
from django.utils.translation import pgettext_lazy

from pages.joining import views

joining_patterns = [
    path(pgettext_lazy("URL path", "join-the-network/"), views.join, name="join"),
    path(
        pgettext_lazy("URL path", "join-the-network/confirm/<str:token>/"),
        views.confirm,
        name="confirm",
    ),
    path(pgettext_lazy("URL path", "join-the-network/edit/<str:token>/"), views.edit, name="edit"),
    path(
        pgettext_lazy("URL path", "invitation/<str:token>/"),
        views.invitation,
        name="invitation",
    ),
]

urlpatterns = [path("", include((joining_patterns, "joining")))]
