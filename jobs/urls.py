from django.urls import path

from jobs.views import extend_deadline_view

# The extension link is mailed to editors; it is not part of the page tree or a language.
unprefixed_urlpatterns = [
    path("praca-przedluz/<str:token>/", extend_deadline_view, name="jobs_extend_deadline"),
]
