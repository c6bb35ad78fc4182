"""The site's URLs plus a plain Django ListView over the same rows, as the yardstick."""

from django.urls import path
from django.utils import timezone
from django.views.generic import ListView

from cms.urls import urlpatterns as site_urlpatterns
from jobs.models import JobPostingPage


class PlainJobListView(ListView):
    paginate_by = 12
    template_name = "benchmarks/plain_job_list.html"

    def get_queryset(self):
        queryset = JobPostingPage.objects.filter(
            live=True, locale__language_code="pl", deadline_date__gte=timezone.localdate()
        )
        for field in ("working_time", "employment_type"):
            if value := self.request.GET.get(field):
                queryset = queryset.filter(**{field: value})
        return queryset.order_by("-first_published_at", "pk")


urlpatterns = [path("plain-jobs/", PlainJobListView.as_view()), *site_urlpatterns]
