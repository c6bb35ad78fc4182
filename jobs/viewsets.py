from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.decorators.clickjacking import xframe_options_sameorigin

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

import django_filters

from jobs.admin_views import ApplicationDetailView, ApplicationEditRedirectView
from jobs.cv import cv_content_type
from jobs.models import JobApplication, JobCategory, JobPostingPage
from jobs.pipeline import PipelineView
from jobs.services import audit
from pages.permissions import OrganisationScopedIndexView, own_pages_choices


class JobCategoryViewSet(SnippetViewSet):
    model = JobCategory
    icon = "tag"
    menu_label = _("Job categories")
    menu_order = 320
    add_to_admin_menu = True
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


class JobApplicationFilterSet(WagtailFilterSet):
    posting = django_filters.ModelChoiceFilter(
        queryset=own_pages_choices(JobPostingPage, order_by="-deadline_date"),
        label=_("Job posting"),
    )

    class Meta:
        model = JobApplication
        fields = ["posting", "status"]


class JobApplicationIndexView(OrganisationScopedIndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("posting")

    def get_edit_url(self, instance):
        # A row opens the whole case (ApplicationDetailView), not a form of one field.
        return None


class JobApplicationViewSet(ModelViewSet):
    model = JobApplication
    icon = "user"
    menu_label = _("Job applications")
    menu_order = 330
    add_to_admin_menu = True
    add_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = JobApplicationIndexView
    edit_view_class = ApplicationEditRedirectView
    inspect_view_class = ApplicationDetailView
    filterset_class = JobApplicationFilterSet
    list_display = ["name", "email", "posting", "status", "created_at"]
    list_export = ["name", "email", "phone", "posting", "get_status_display", "created_at"]
    export_headings = {"get_status_display": _("Status")}
    search_fields = ["name", "email"]
    form_fields = ["status"]
    inspect_view_fields = [
        "name",
        "email",
        "phone",
        "posting",
        "status",
        "cover_letter",
        "created_at",
        "consent_given_at",
        "status_changed_at",
    ]

    def download_cv(self, request, pk):
        """A PDF opens in the browser (and in the case's preview frame); a DOCX or ODT, which
        no browser shows, is downloaded. Both with the type the upload check found."""
        application = get_object_or_404(JobApplication.objects.select_related("posting"), pk=pk)
        if not self.permission_policy.user_has_any_permission_for_instance(
            request.user, ["view", "change"], application
        ):
            raise Http404
        response = FileResponse(
            application.cv.open("rb"),
            as_attachment=not application.cv_is_pdf,
            filename=f"cv-{application.pk}.{application.cv_extension}",
            content_type=cv_content_type(application.cv_extension),
        )
        response["Cache-Control"] = "private, no-store"
        response["X-Content-Type-Options"] = "nosniff"
        audit(application, "jobs.application.cv_opened", user=request.user)
        return response

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            # Framed by the application's own admin page, hence same-origin framing only.
            path("cv/<int:pk>/", xframe_options_sameorigin(self.download_cv), name="download_cv"),
            path(
                "posting/<int:page_pk>/",
                PipelineView.as_view(permission_policy=self.permission_policy),
                name="pipeline",
            ),
        ]


job_category_viewset = JobCategoryViewSet()
job_application_viewset = JobApplicationViewSet("job_applications")
