from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponseRedirect
from django.utils import timezone, translation
from django.utils.decorators import method_decorator
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from jobs import lifecycle
from jobs.application_form import JobApplicationForm
from jobs.cards import salary_text
from jobs.json_ld import job_posting_json_ld
from jobs.models.choices import (
    ApplyMethod,
    EmploymentType,
    SalaryBasis,
    SalaryPeriod,
    WorkingTime,
    WorkMode,
)
from jobs.posting_form import JobPostingPageForm
from jobs.services import (
    ApplicationRefused,
    DuplicateApplication,
    apply_for_job,
    check_accepts_applications,
)
from pages.abuse import limit_posts
from pages.models.mixins import (
    AddressMixin,
    ClosingPageMixin,
    InOrganisationMixin,
    ShareCardMixin,
)

RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class JobPostingPage(
    ShareCardMixin, ClosingPageMixin, InOrganisationMixin, RoutablePageMixin, AddressMixin, Page
):
    category = models.ForeignKey(
        "jobs.JobCategory",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("role category"),
    )
    employment_type = models.CharField(
        _("type of contract"), max_length=30, choices=EmploymentType.choices
    )
    working_time = models.CharField(_("working time"), max_length=20, choices=WorkingTime.choices)
    hours_per_week = models.PositiveSmallIntegerField(
        _("hours per week"), null=True, blank=True, help_text=_("For part-time posts.")
    )
    salary_min = models.DecimalField(_("salary from (PLN)"), max_digits=9, decimal_places=2)
    salary_max = models.DecimalField(_("salary to (PLN)"), max_digits=9, decimal_places=2)
    salary_basis = models.CharField(
        _("gross or net"), max_length=5, choices=SalaryBasis.choices, default=SalaryBasis.GROSS
    )
    salary_period = models.CharField(
        _("salary period"), max_length=5, choices=SalaryPeriod.choices, default=SalaryPeriod.MONTH
    )
    work_mode = models.CharField(
        _("where the work is done"),
        max_length=10,
        choices=WorkMode.choices,
        default=WorkMode.ON_SITE,
    )
    start_date = models.DateField(
        _("start date"),
        null=True,
        blank=True,
        help_text=_("Leave empty for 'as soon as possible'."),
    )
    deadline_date = models.DateField(
        _("application deadline"),
        help_text=_("Applications are accepted until the end of this day, Polish time."),
    )
    summary = models.TextField(_("summary"), help_text=_("Two or three sentences for listings."))
    responsibilities = RichTextField(_("responsibilities"), features=RICH_TEXT_FEATURES)
    requirements = RichTextField(_("requirements"), features=RICH_TEXT_FEATURES)
    offer = RichTextField(_("what we offer"), features=RICH_TEXT_FEATURES)
    apply_method = models.CharField(
        _("how to apply"), max_length=10, choices=ApplyMethod.choices, default=ApplyMethod.FORM
    )
    application_email = models.EmailField(_("application e-mail"), blank=True)
    application_url = models.URLField(_("application link"), blank=True)
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=30, blank=True)
    data_protection_notice = RichTextField(
        _("data-protection notice for applicants"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Who processes applicants' data, why, for how long, and their rights."),
    )
    retention_months = models.PositiveSmallIntegerField(
        _("keep applications for (months after the deadline)"),
        default=lifecycle.DEFAULT_RETENTION_MONTHS,
    )
    reminded_for_date = models.DateField(null=True, blank=True, editable=False)

    base_form_class = JobPostingPageForm

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("category"), FieldPanel("employment_type")]),
        FieldRowPanel([FieldPanel("working_time"), FieldPanel("hours_per_week")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("salary_min"), FieldPanel("salary_max")]),
                FieldRowPanel([FieldPanel("salary_basis"), FieldPanel("salary_period")]),
            ],
            heading=_("Salary (required by Polish pay-transparency rules)"),
        ),
        FieldPanel("work_mode"),
        *AddressMixin.address_panels,
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("deadline_date")]),
        FieldPanel("summary"),
        FieldPanel("responsibilities"),
        FieldPanel("requirements"),
        FieldPanel("offer"),
        MultiFieldPanel(
            [
                FieldPanel("apply_method"),
                FieldPanel("application_email"),
                FieldPanel("application_url"),
            ],
            heading=_("Applications"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("contact_phone")],
            heading=_("Contact person"),
        ),
        FieldPanel("data_protection_notice"),
        FieldPanel("retention_months"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("responsibilities"),
        index.SearchField("requirements"),
        index.SearchField("city"),
        index.FilterField("deadline_date"),
        index.FilterField("employment_type"),
        index.RelatedFields("category", [index.SearchField("name", boost=2)]),
    ]
    override_translatable_fields = [
        SynchronizedField(name)
        for name in (
            "application_email",
            "application_url",
            "contact_name",
            "contact_email",
            "contact_phone",
            *AddressMixin.address_synchronised_fields,
        )
    ]

    # The main menu shows this page under the network's listing readers find it on, not
    # under the organisation that owns it in the page tree (see siec_tags.main_menu).
    menu_section = "jobs.JobBoardPage"
    parent_page_types = ["jobs.JobIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("job posting")
        verbose_name_plural = _("job postings")
        indexes = [models.Index(fields=["deadline_date"], name="jobs_posting_deadline")]

    def clean(self):
        super().clean()
        errors = {}
        if self.salary_min is not None and self.salary_min <= 0:
            errors["salary_min"] = _("Give the real salary: the lower end must be above zero.")
        if (
            self.salary_min is not None
            and self.salary_max is not None
            and self.salary_max < self.salary_min
        ):
            errors["salary_max"] = _("The upper end cannot be lower than the lower end.")
        if self.working_time == WorkingTime.PART_TIME and not self.hours_per_week:
            errors["hours_per_week"] = _("Say how many hours a week a part-time post takes.")
        if self.hours_per_week and not 1 <= self.hours_per_week <= 60:
            errors["hours_per_week"] = _("Hours per week must be between 1 and 60.")
        if self.apply_method == ApplyMethod.EMAIL and not self.application_email:
            errors["application_email"] = _("Give the address applications go to.")
        if self.apply_method == ApplyMethod.LINK and not self.application_url:
            errors["application_url"] = _("Give the link to the application site.")
        if self.work_mode != WorkMode.REMOTE and not self.city:
            errors["city"] = _("Say where the work is done, or mark the post as remote.")
        if errors:
            raise ValidationError(errors)

    def is_open_at(self, now) -> bool:
        return lifecycle.is_open(deadline_date=self.deadline_date, now=now)

    @property
    def closes_at(self):
        return lifecycle.closes_at(self.deadline_date)

    @property
    def accepts_form_applications(self) -> bool:
        return self.apply_method == ApplyMethod.FORM

    @property
    def applies_by_email(self) -> bool:
        return self.apply_method == ApplyMethod.EMAIL

    @property
    def applies_by_link(self) -> bool:
        return self.apply_method == ApplyMethod.LINK

    @property
    def is_remote(self) -> bool:
        return self.work_mode == WorkMode.REMOTE

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.closing_page_context(request, json_ld=job_posting_json_ld))
        # The same words as on the cards: the amount with its basis and its period, so an
        # hourly rate is never read as a month's pay.
        context["salary_text"] = salary_text(self)
        return context

    # The application form lives on its own route, so the posting itself carries no form and
    # no CSRF token (and can be cached at the edge).
    @path(pgettext_lazy("URL path", "apply/"), name="apply")
    @method_decorator(limit_posts("job-application"))
    def apply(self, request):
        now = timezone.now()
        try:
            check_accepts_applications(posting=self, now=now)
        except ApplicationRefused as refusal:
            # Said on the page, not as an empty form; a POST is refused as a conflict.
            status = 409 if request.method == "POST" else 200
            return self._render_apply(request, refusal=str(refusal), status=status)
        if request.method != "POST":
            return self._render_apply(request, form=JobApplicationForm())
        form = JobApplicationForm(request.POST, request.FILES)
        if not form.is_valid():
            return self._render_apply(request, form=form, status=400)
        try:
            apply_for_job(
                posting=self,
                **form.application_data(),
                language_code=translation.get_language(),
                now=now,
            )
        except DuplicateApplication as duplicate:
            return self._render_apply(request, already=str(duplicate), status=409)
        except ApplicationRefused as refusal:
            return self._render_apply(request, refusal=str(refusal), status=409)
        messages.success(
            request,
            gettext(
                "Thank you. Your application has been sent; "
                "a confirmation is on its way to %(email)s."
            )
            % {"email": form.cleaned_data["email"]},
        )
        return HttpResponseRedirect(self.url + self.reverse_subpage("application_sent"), status=303)

    @path(pgettext_lazy("URL path", "apply/sent/"), name="application_sent")
    def application_sent(self, request):
        return self._render_apply(request, sent=True)

    def _render_apply(self, request, *, form=None, refusal="", already="", sent=False, status=200):
        response = self.render(
            request,
            template="jobs/job_posting_apply.html",
            context_overrides={
                "application_form": form,
                "refusal": refusal,
                "already": already,
                "sent": sent,
            },
        )
        response.status_code = status
        return response
