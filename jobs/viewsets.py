from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

import django_filters

from jobs.models import JobApplication, JobCategory, JobPostingPage
from jobs.services import change_application_status
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


class JobApplicationEditView(generic.EditView):
    def save_instance(self):
        # Only the status is editable; changing it goes through the service so the applicant
        # hears about it.
        new_status = self.form.cleaned_data["status"]
        application = JobApplication.objects.get(pk=self.object.pk)
        change_application_status(application=application, status=new_status, now=timezone.now())
        return application


class JobApplicationViewSet(ModelViewSet):
    model = JobApplication
    icon = "user"
    menu_label = _("Job applications")
    menu_order = 330
    add_to_admin_menu = True
    add_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = OrganisationScopedIndexView
    edit_view_class = JobApplicationEditView
    filterset_class = JobApplicationFilterSet
    list_display = ["name", "email", "posting", "status", "created_at"]
    list_export = ["name", "email", "phone", "posting", "status", "created_at"]
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
        application = get_object_or_404(JobApplication, pk=pk)
        if not self.permission_policy.user_has_any_permission_for_instance(
            request.user, ["view", "change"], application
        ):
            raise Http404
        response = FileResponse(
            application.cv.open("rb"),
            as_attachment=True,
            filename=f"cv-{application.pk}.{application.cv_extension}",
        )
        response["Cache-Control"] = "private, no-store"
        response["X-Content-Type-Options"] = "nosniff"
        return response

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("cv/<int:pk>/", self.download_cv, name="download_cv"),
        ]


job_category_viewset = JobCategoryViewSet()
job_application_viewset = JobApplicationViewSet("job_applications")
