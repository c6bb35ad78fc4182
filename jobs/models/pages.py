from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from jobs import lifecycle
from pages.models.mixins import (
    AddressMixin,
    ClosingPageMixin,
    InOrganisationMixin,
    ListingFeedsMixin,
    ShareCardMixin,
)
from pages.models.routing import ChildRouteMixin

RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class EmploymentType(models.TextChoices):
    EMPLOYMENT_CONTRACT = "EMPLOYMENT_CONTRACT", _("Employment contract")
    MANDATE_CONTRACT = "MANDATE_CONTRACT", _("Contract of mandate")
    SPECIFIC_WORK_CONTRACT = "SPECIFIC_WORK_CONTRACT", _("Contract for specific work")
    B2B = "B2B", _("B2B contract")
    INTERNSHIP = "INTERNSHIP", _("Internship")
    VOLUNTEER = "VOLUNTEER", _("Volunteer")


class WorkingTime(models.TextChoices):
    FULL_TIME = "FULL_TIME", _("Full time")
    PART_TIME = "PART_TIME", _("Part time")


class WorkMode(models.TextChoices):
    ON_SITE = "ON_SITE", _("On site")
    HYBRID = "HYBRID", _("Hybrid")
    REMOTE = "REMOTE", _("Remote")


class SalaryBasis(models.TextChoices):
    GROSS = "GROSS", _("gross")
    NET = "NET", _("net")


class SalaryPeriod(models.TextChoices):
    MONTH = "MONTH", _("per month")
    HOUR = "HOUR", _("per hour")


class ApplyMethod(models.TextChoices):
    FORM = "FORM", _("Form on this site")
    EMAIL = "EMAIL", _("By e-mail")
    LINK = "LINK", _("On an external site")


class JobBoardPage(ListingFeedsMixin, Page):
    """The network-wide job listing (/praca/, /en/jobs/) with filters and feeds."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["pages.NetworkHomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("job board")

    @path("")
    def listing(self, request):
        from jobs.views import job_listing

        return job_listing(request, board=self)

    rss_feed = "jobs.feeds.JobsRssFeed"
    atom_feed = "jobs.feeds.JobsAtomFeed"


class JobIndexPage(ChildRouteMixin, Page):
    """An organisation's own job section; its postings also appear on the network board."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    parent_page_types = ["pages.OrganisationPage"]
    subpage_types = ["jobs.JobPostingPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("job index")

    def get_context(self, request, *args, **kwargs):
        from jobs.cards import prepare_job_cards
        from jobs.selectors import open_postings
        from pages.listing import paginate
        from pages.selectors import prepare_cards

        context = super().get_context(request, *args, **kwargs)
        postings = open_postings(locale=self.locale, now=timezone.now()).child_of(self)
        results = paginate(
            postings.order_by("-first_published_at", "pk"), page_number=request.GET.get("page")
        )
        results.object_list = prepare_job_cards(prepare_cards(results.object_list, request))
        context.update({"results": results, "query_without_page": ""})
        return context


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

    @path("")
    def detail(self, request):
        from jobs.views import posting_detail

        return posting_detail(request, posting=self)

    @path("aplikuj/", name="apply")
    def apply(self, request):
        from jobs.views import posting_apply

        return posting_apply(request, posting=self)
