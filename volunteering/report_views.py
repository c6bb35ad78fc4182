"""The grant report in the admin: choose a programme or an organisation and a period, see
the figures (volunteering.reports), download them as CSV or XLSX (the project's formula-safe
exporter) or open a printable page.

Scoped fail-closed: network coordinators and superusers see every organisation; anyone else
sees only the organisations whose editors group they belong to, in the choices and in the
figures. Bad input is a form error with a 400, never a 500."""

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db.models import Q
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Locale

from pages.exports import FormulaSafeExportMixin
from pages.models import OrganisationPage, ProgrammePage
from pages.workspaces import workspace_keys_for_user
from volunteering.reports import grant_report


def visible_organisation_keys(user) -> set | None:
    """None (everything) for superusers and network coordinators, else the translation keys
    of the user's organisations; an empty set for anyone else."""
    if not user.is_authenticated or not user.is_active:
        return set()
    if user.is_superuser:
        return None
    if user.groups.filter(name=settings.SIEC_NETWORK_COORDINATORS_GROUP).exists():
        return None
    return workspace_keys_for_user(user)


def _scoped(queryset, keys, *, field: str):
    """Pages in the default language (each once), of the organisations the reader sees."""
    queryset = queryset.filter(locale=Locale.get_default())
    if keys is None:
        return queryset
    paths = OrganisationPage.objects.filter(translation_key__in=keys).values_list("path", flat=True)
    condition = Q(pk__in=[])
    for path in paths:
        condition |= Q(**{f"{field}__startswith": path})
    return queryset.filter(condition)


# Bounded: a year like 9999 or 0001 overflows the period's datetime arithmetic (a 500).
FIRST_DAY, LAST_DAY = datetime.date(2000, 1, 1), datetime.date(2100, 12, 31)


def period_day_field(label) -> forms.DateField:
    return forms.DateField(
        label=label,
        widget=forms.DateInput(
            attrs={"type": "date", "min": FIRST_DAY.isoformat(), "max": LAST_DAY.isoformat()}
        ),
        help_text=_("YYYY-MM-DD"),
        validators=[MinValueValidator(FIRST_DAY), MaxValueValidator(LAST_DAY)],
    )


class GrantReportForm(forms.Form):
    programme = forms.ModelChoiceField(
        label=_("Programme"), queryset=ProgrammePage.objects.none(), required=False
    )
    organisation = forms.ModelChoiceField(
        label=_("Organisation"), queryset=OrganisationPage.objects.none(), required=False
    )
    start_date = period_day_field(_("From"))
    end_date = period_day_field(_("To (inclusive)"))

    def __init__(self, *args, visible_keys: set | None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["programme"].queryset = _scoped(
            ProgrammePage.objects.order_by("title"), visible_keys, field="path"
        )
        self.fields["organisation"].queryset = _scoped(
            OrganisationPage.objects.order_by("title"), visible_keys, field="path"
        )

    def clean(self):
        data = super().clean()
        programme, organisation = data.get("programme"), data.get("organisation")
        if programme and organisation:
            raise forms.ValidationError(_("Choose a programme or an organisation, not both."))
        # An unknown programme or organisation already has its own error.
        chosen_badly = self.has_error("programme") or self.has_error("organisation")
        if not programme and not organisation and not chosen_badly:
            raise forms.ValidationError(_("Choose a programme or an organisation."))
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The end of the period cannot be before its start."))
        return data


EXPORT_HEADINGS = {
    "organisation": _("Organisation"),
    "volunteers": _("Volunteers"),
    "shifts": _("Shifts held"),
    "hours": _("Approved hours"),
    "participants": _("Event participants"),
    "planned": _("Planned participants"),
    "reached": _("Participants reached"),
}


class GrantReportView(FormulaSafeExportMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "volunteering/admin/grant_report.html"
    print_template_name = "volunteering/admin/grant_report_print.html"
    page_title = _("Grant reports")
    header_icon = "table"
    list_export = list(EXPORT_HEADINGS)
    export_headings = EXPORT_HEADINGS
    # The page has its own download links, under the figures they download.
    show_export_buttons = False
    print_view = False

    def dispatch(self, request, *args, **kwargs):
        self.visible_keys = visible_organisation_keys(request.user)
        if self.visible_keys is not None and not self.visible_keys:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        bound = bool(request.GET.keys() - {"export"})
        form = GrantReportForm(request.GET if bound else None, visible_keys=self.visible_keys)
        if not bound:
            today = timezone.localdate()
            form.initial = {"start_date": datetime.date(today.year, 1, 1), "end_date": today}
            return self.render_to_response(self.get_context_data(form=form))
        if not form.is_valid():
            response = self.render_to_response(self.get_context_data(form=form))
            response.status_code = 400
            return response
        data = form.cleaned_data
        report = grant_report(
            programme=data["programme"],
            organisation=data["organisation"],
            start_date=data["start_date"],
            end_date=data["end_date"],
            visible_keys=self.visible_keys,
        )
        self.report = report
        if self.is_export:
            return self.as_spreadsheet([*report.rows, report.total], request.GET["export"])
        context = self.get_context_data(form=form, report=report, generated_at=timezone.now())
        if self.print_view:
            return TemplateResponse(request, self.print_template_name, context)
        return self.render_to_response(context)

    def get_filename(self):
        report = self.report
        return f"grant-report-{slugify(report.title)}-{report.start_date}-{report.end_date}"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if "report" in kwargs:
            query = self.request.GET.copy()
            query.pop("export", None)
            context.update(
                csv_url=self.get_export_url("csv"),
                xlsx_url=self.get_export_url("xlsx"),
                print_query=query.urlencode(),
            )
        return context
