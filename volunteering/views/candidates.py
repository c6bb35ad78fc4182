"""The candidates of one offer: volunteers ranked by the matching, counts by status, a filter
by status and date, one answer to several at once, and a formula-safe CSV/XLSX export."""

from dataclasses import dataclass

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext, pgettext_lazy
from django.views.generic import TemplateView

import django_filters

from pages.exports import FormulaSafeExportMixin
from pages.workspaces import user_may_reach_page
from volunteering import coordination
from volunteering.answer_forms import BulkAnswerForm
from volunteering.explain import reasons, summary
from volunteering.models import Interest, InterestStatus, VolunteerOfferPage
from volunteering.selectors import ranked_candidates

CANDIDATES_SHOWN = 50  # volunteers who agreed to be found; every interested one is listed
PER_PAGE = 50


class CandidateFilter(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"),
        choices=InterestStatus.choices,
        empty_label=gettext_lazy("Any status"),
    )
    created_at = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("Expressed between"),
        widget=django_filters.widgets.DateRangeWidget(attrs={"type": "date"}),
    )

    class Meta:
        model = Interest
        fields = ["status", "created_at"]


@dataclass
class Row:
    """One line of the list and of the export."""

    candidate: object
    name: str
    email: str
    phone: str
    status: str
    expressed_at: object
    score: float | None
    why: str


def status_counts(interests) -> list[tuple[str, int, str]]:
    """(status, count, "3 received") for every status, zeros included, in the vocabulary's order."""
    found = dict(interests.values_list("status").annotate(n=Count("pk")).order_by())
    return [
        (
            status.value,
            found.get(status.value, 0),
            ngettext(
                "%(count)s interest: %(status)s",
                "%(count)s interests: %(status)s",
                found.get(status.value, 0),
            )
            % {"count": found.get(status.value, 0), "status": status.label},
        )
        for status in InterestStatus
    ]


class CandidatesView(FormulaSafeExportMixin, TemplateView):
    template_name = "volunteering/admin/candidates.html"
    permission_policy = None
    url_namespace = ""
    list_export = ["name", "email", "phone", "status", "expressed_at", "score", "why"]
    export_headings = {
        "name": pgettext_lazy("person", "Volunteer"),
        "email": gettext_lazy("e-mail"),
        "phone": gettext_lazy("phone"),
        "status": gettext_lazy("Status"),
        "expressed_at": gettext_lazy("expressed at"),
        "score": gettext_lazy("Match"),
        "why": gettext_lazy("Why"),
    }

    def dispatch(self, request, page_id):
        self.offer = get_object_or_404(VolunteerOfferPage, pk=page_id)
        # Fails closed: the model permission and the organisation both, else "not found".
        if not self.permission_policy.user_has_permission(request.user, "view"):
            raise Http404
        if not user_may_reach_page(request.user, self.offer):
            raise Http404
        return super().dispatch(request, page_id)

    def get_filename(self):
        return f"kandydaci-{self.offer.slug}"

    def interests(self):
        return self.permission_policy.instances_user_has_permission_for(
            self.request.user, "view"
        ).filter(offer__translation_key=self.offer.translation_key)

    def candidates(self, filterset) -> list:
        """Every candidate in the matching's order, narrowed by the filter when one is set."""
        filtering = any(filterset.form.cleaned_data.values()) if filterset.is_valid() else False
        kept = set(filterset.qs.values_list("pk", flat=True)) if filtering else None
        return [
            candidate
            for candidate in ranked_candidates(
                offer=self.offer, now=timezone.now(), limit=CANDIDATES_SHOWN
            )
            if kept is None or (candidate.interest is not None and candidate.interest.pk in kept)
        ]

    @staticmethod
    def row(candidate) -> Row:
        interest = candidate.interest
        why = reasons(candidate.match, candidate.exclusions)
        candidate.reasons = why
        return Row(
            candidate=candidate,
            name=candidate.volunteer.name,
            email=candidate.volunteer.email,
            phone=candidate.volunteer.phone,
            status=str(interest.get_status_display()) if interest else "",
            expressed_at=timezone.localtime(interest.created_at).replace(tzinfo=None)
            if interest
            else None,
            score=round(candidate.match.score, 2) if candidate.match else None,
            why=summary(why),
        )

    def page_of_rows(self, filterset):
        """Only the shown page is put in words: the words cost more than the ranking."""
        paginator = Paginator(self.candidates(filterset), PER_PAGE)
        page = paginator.get_page(self.request.GET.get("p"))
        return page, [self.row(candidate) for candidate in page.object_list]

    def get(self, request, *args, **kwargs):
        filterset = CandidateFilter(request.GET or None, queryset=self.interests())
        if self.is_export:
            rows = [self.row(candidate) for candidate in self.candidates(filterset)]
            return self.as_spreadsheet(rows, request.GET["export"])
        page, rows = self.page_of_rows(filterset)
        return self.render_to_response(
            self.get_context_data(
                filterset=filterset, rows=rows, page=page, bulk_form=self.bulk_form()
            )
        )

    def bulk_form(self, data=None):
        return BulkAnswerForm(data, interests=self.interests().select_related("volunteer", "offer"))

    def post(self, request, *args, **kwargs):
        form = self.bulk_form(request.POST)
        if not form.is_valid():
            for error in form.errors.get("__all__", []) or [_("Tick at least one volunteer.")]:
                messages.error(request, error)
            filterset = CandidateFilter(None, queryset=self.interests())
            page, rows = self.page_of_rows(filterset)
            context = self.get_context_data(filterset=filterset, rows=rows, page=page)
            context["bulk_form"] = form
            return self.render_to_response(context, status=400)
        count = coordination.answer_interests(
            interests=form.cleaned_data["interests"],
            status=form.cleaned_data["status"] or None,
            message=form.cleaned_data["message"],
            by=request.user,
            now=timezone.now(),
        )
        messages.success(
            request,
            ngettext(
                "The answer went to %(count)s volunteer.",
                "The answer went to %(count)s volunteers.",
                count,
            )
            % {"count": count},
        )
        return HttpResponseRedirect(request.get_full_path())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        title = _("Candidates for %(offer)s") % {"offer": self.offer.title}
        query = self.request.GET.copy()
        query.pop("p", None)
        context.update(
            page_query=query.urlencode(),
            offer=self.offer,
            page_title=title,
            header_title=title,
            counts=status_counts(self.interests()),
            case_url_name=f"{self.url_namespace}:edit",
            export_csv_url=self.export_url("csv"),
            export_xlsx_url=self.export_url("xlsx"),
        )
        return context

    def export_url(self, export_format: str) -> str:
        query = self.request.GET.copy()
        query["export"] = export_format
        path = reverse(f"{self.url_namespace}:candidates", args=[self.offer.pk])
        return f"{path}?{query.urlencode()}"
