"""The accessibility statement (deklaracja dostępności) the Polish act on digital accessibility
requires of public bodies. Its template renders the structure and the element ids of the
Ministry's template ("a11y-…"), which the supervising authority checks automatically; the
editors fill in the facts, one page per language."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

STATEMENT_FEATURES = ["bold", "italic", "link", "ul", "ol", "h3"]


class ComplianceStatus(models.TextChoices):
    COMPLIANT = "COMPLIANT", _("fully compliant")
    PARTIAL = "PARTIAL", _("partially compliant")
    NOT_COMPLIANT = "NOT_COMPLIANT", _("not compliant")


class AssessmentMethod(models.TextChoices):
    SELF = "SELF", _("self-assessment")
    EXTERNAL = "EXTERNAL", _("assessment by an external body")


class AccessibilityStatementPage(Page):
    entity_name = models.CharField(
        _("public body"), max_length=255, help_text=_("The full official name of the publisher.")
    )
    website_name = models.CharField(
        _("website name"),
        max_length=255,
        help_text=_("As in “applies to the website of …”; in Polish, in the genitive."),
    )
    website_url = models.URLField(_("website address"))
    published_date = models.DateField(_("date the website was published"))
    updated_date = models.DateField(_("date of the last significant update"))
    status = models.CharField(
        _("compliance status"), max_length=16, choices=ComplianceStatus.choices
    )
    inaccessible_content = RichTextField(
        _("inaccessible content"),
        features=STATEMENT_FEATURES,
        blank=True,
        help_text=_("What is not accessible and why; required unless fully compliant."),
    )
    exemptions = RichTextField(_("exemptions"), features=STATEMENT_FEATURES, blank=True)
    burden_assessment_url = models.URLField(
        _("disproportionate burden assessment"),
        blank=True,
        help_text=_("Link to the analysis, if content is left out for disproportionate burden."),
    )
    prepared_date = models.DateField(_("date the statement was prepared"))
    reviewed_date = models.DateField(_("date of the last review"), null=True, blank=True)
    assessment_method = models.CharField(
        _("assessment method"),
        max_length=16,
        choices=AssessmentMethod.choices,
        default=AssessmentMethod.SELF,
    )
    auditor = models.CharField(_("external auditor"), max_length=255, blank=True)
    keyboard_shortcuts = RichTextField(
        _("keyboard shortcuts"), features=STATEMENT_FEATURES, blank=True
    )
    contact_person = models.CharField(_("contact person"), max_length=255)
    contact_email = models.EmailField(_("contact e-mail"))
    contact_phone = models.CharField(_("contact phone"), max_length=40)
    architecture = RichTextField(
        _("architectural accessibility"),
        features=STATEMENT_FEATURES,
        help_text=_("Entrances, lifts, toilets, parking, assistance dogs, sign language."),
    )
    mobile_apps = RichTextField(_("mobile applications"), features=STATEMENT_FEATURES, blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("entity_name"),
                FieldPanel("website_name"),
                FieldPanel("website_url"),
                FieldPanel("published_date"),
                FieldPanel("updated_date"),
            ],
            heading=_("Introduction"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("inaccessible_content"),
                FieldPanel("exemptions"),
                FieldPanel("burden_assessment_url"),
            ],
            heading=_("Compliance"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("prepared_date"),
                FieldPanel("reviewed_date"),
                FieldPanel("assessment_method"),
                FieldPanel("auditor"),
                FieldPanel("keyboard_shortcuts"),
            ],
            heading=_("Preparation"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_person"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
            ],
            heading=_("Feedback and contact"),
        ),
        FieldPanel("architecture"),
        FieldPanel("mobile_apps"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("inaccessible_content")]
    # Facts, not prose: the English statement keeps the Polish one's dates, status and contacts.
    override_translatable_fields = [
        SynchronizedField(name)
        for name in (
            "website_url",
            "published_date",
            "updated_date",
            "status",
            "burden_assessment_url",
            "prepared_date",
            "reviewed_date",
            "assessment_method",
            "contact_email",
            "contact_phone",
        )
    ]

    parent_page_types = ["pages.NetworkHomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("accessibility statement")

    # For the template, which names the statement's facts rather than the stored values.
    @property
    def is_compliant(self) -> bool:
        return self.status == ComplianceStatus.COMPLIANT

    @property
    def is_partially_compliant(self) -> bool:
        return self.status == ComplianceStatus.PARTIAL

    @property
    def is_assessed_externally(self) -> bool:
        return self.assessment_method == AssessmentMethod.EXTERNAL

    def clean(self):
        super().clean()
        errors = {}
        if self.status != ComplianceStatus.COMPLIANT and not self.inaccessible_content:
            errors["inaccessible_content"] = _(
                "Describe what is not accessible: the website is not fully compliant."
            )
        if self.assessment_method == AssessmentMethod.EXTERNAL and not self.auditor:
            errors["auditor"] = _("Name the body that assessed the website.")
        if self.updated_date and self.published_date and self.updated_date < self.published_date:
            errors["updated_date"] = _("The last update cannot come before the publication.")
        if errors:
            raise ValidationError(errors)
