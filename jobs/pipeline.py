"""One posting's recruitment in the admin: how many applications are at each status, the
list filtered by status and date, and one status change (with one message) for many.

Scoped like the case page: the posting must lie in the editor's organisation (the URL's
`page_pk` is also checked by pages.admin_scope), and the applications are the policy's."""

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.views.generic import PermissionCheckedMixin, WagtailAdminTemplateMixin

import django_filters

from jobs.admin_forms import StatusChangeForm
from jobs.models import ApplicationStatus, JobApplication, JobPostingPage
from jobs.services import change_application_status
from pages.workspaces import organisation_pages_filter

PER_PAGE = 50


class PipelineFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=ApplicationStatus.choices, empty_label=_("Any status")
    )
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Received between"), widget=DateRangePickerWidget
    )

    class Meta:
        model = JobApplication
        fields = ["status", "created_at"]


class BulkStatusForm(StatusChangeForm):
    applications = forms.ModelMultipleChoiceField(
        label=_("Applications"), queryset=JobApplication.objects.none()
    )

    def __init__(self, *args, queryset, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["applications"].queryset = queryset


def status_counts(applications) -> list[tuple[str, str, int]]:
    """(status, its word, how many) for every status, zeros included, in pipeline order."""
    counted = dict(
        applications.order_by()
        .values_list("status")
        .annotate(count=Count("pk"))
        .values_list("status", "count")
    )
    return [
        (status.value, status.label, counted.get(status.value, 0)) for status in ApplicationStatus
    ]


class PipelineView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    any_permission_required = ["view", "change"]
    template_name = "jobs/admin/pipeline.html"
    permission_policy = None
    header_icon = "user"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.posting = (
            JobPostingPage.objects.filter(organisation_pages_filter(request.user, field="path"))
            .filter(pk=kwargs["page_pk"])
            .first()
        )
        if self.posting is None:
            raise Http404

    def get_page_title(self):
        return _("Recruitment: %(title)s") % {"title": self.posting.title}

    def get_breadcrumbs_items(self):
        # Wagtail's default trail is its home alone, which the header then shows as its only
        # words ("Start" in Polish); the trail names where the screen is.
        return [
            *self.breadcrumbs_items,
            {"url": reverse("job_applications:index"), "label": _("Job applications")},
            {"url": "", "label": self.get_page_title()},
        ]

    def applications(self):
        return self.permission_policy.instances_user_has_any_permission_for(
            self.request.user, ["view", "change"]
        ).filter(posting__translation_key=self.posting.translation_key)

    def get_context_data(self, *, bulk_form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        everything = self.applications()
        filters = PipelineFilterSet(self.request.GET or None, queryset=everything)
        listed = filters.qs if filters.is_bound and filters.is_valid() else everything
        page = Paginator(listed.order_by("-created_at"), PER_PAGE).get_page(
            self.request.GET.get("p")
        )
        may_change = self.permission_policy.user_has_permission(self.request.user, "change")
        context.update(
            posting=self.posting,
            counts=status_counts(everything),
            filters=filters,
            page_obj=page,
            may_change=may_change,
            bulk_form=bulk_form or BulkStatusForm(queryset=everything),
            export_url=reverse("job_applications:index") + f"?posting={self.posting.pk}",
        )
        return context

    def post(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_permission(request.user, "change"):
            raise Http404
        scope = self.applications().filter(
            pk__in=self.permission_policy.instances_user_has_permission_for(
                request.user, "change"
            ).values("pk")
        )
        form = BulkStatusForm(request.POST, queryset=scope)
        if not form.is_valid():
            response = self.render_to_response(self.get_context_data(bulk_form=form))
            response.status_code = 400
            return response
        now = timezone.now()
        changed = 0
        for application in form.cleaned_data["applications"].select_related("posting"):
            changed += change_application_status(
                application=application,
                status=form.cleaned_data["status"],
                message=form.cleaned_data["message"],
                changed_by=request.user,
                now=now,
            )
        status = ApplicationStatus(form.cleaned_data["status"]).label
        messages.success(
            request,
            ngettext(
                "%(count)s application moved to “%(status)s”; the candidate is being told.",
                "%(count)s applications moved to “%(status)s”; the candidates are being told.",
                changed,
            )
            % {"count": changed, "status": status},
        )
        return HttpResponseRedirect(request.get_full_path())
