from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from pages.blocks import AccreditationBlock, BodyBlock, ImpactFigureBlock, MilestoneBlock
from pages.embed_origins import parse_origins, validate_origins
from pages.filters import OrganisationFilterSet
from pages.registry import RegisteredSubpagesMixin
from pages.validators import (
    normalise_registry_number,
    validate_krs,
    validate_nip,
    validate_regon,
)
from pages.visibility import public

from .choices import LegalForm
from .mixins import AddressMixin, ListingIndexMixin
from .routing import ChildRouteMixin


class OrganisationTag(TaggedItemBase):
    content_object = ParentalKey(
        "pages.OrganisationPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class OrganisationMembership(Orderable):
    page = ParentalKey(
        "pages.OrganisationPage", on_delete=models.CASCADE, related_name="memberships"
    )
    network = models.ForeignKey(
        "pages.NetworkMembership",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("network"),
    )
    since_year = models.PositiveSmallIntegerField(_("member since (year)"), null=True, blank=True)

    panels = [FieldPanel("network"), FieldPanel("since_year")]

    class Meta(Orderable.Meta):
        verbose_name = _("network membership")


class OrganisationIndexPage(ListingIndexMixin, ChildRouteMixin, Page):
    content_panels = [*Page.content_panels, *ListingIndexMixin.index_panels]
    search_fields = [*Page.search_fields, *ListingIndexMixin.index_search_fields]

    parent_page_types = ["pages.NetworkHomePage"]
    subpage_types = ["pages.OrganisationPage"]
    filterset_class = OrganisationFilterSet

    class Meta:
        verbose_name = _("organisation index")

    @staticmethod
    def items_in(locale):
        return (
            public(OrganisationPage.objects.live())
            .filter(locale=locale)
            .select_related("logo")
            .order_by("title")
        )

    def listing_items(self, *, now):
        return self.items_in(self.locale)


class OrganisationPage(RegisteredSubpagesMixin, AddressMixin, ChildRouteMixin, Page):
    short_name = models.CharField(
        _("short name"), max_length=30, blank=True, help_text=_("e.g. MIS, BIS, MIK")
    )
    legal_form = models.CharField(_("legal form"), max_length=40, choices=LegalForm.choices)
    founding_date = models.DateField(_("founded on"), null=True, blank=True)
    mission = models.TextField(
        _("mission"), help_text=_("One or two sentences, shown in listings.")
    )
    body = StreamField(BodyBlock(), verbose_name=_("about"), blank=True)
    areas_of_work = ClusterTaggableManager(
        through=OrganisationTag, blank=True, verbose_name=_("areas of work")
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )
    email = models.EmailField(_("contact e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    website = models.URLField(_("website"), blank=True)
    krs = models.CharField(_("KRS number"), max_length=14, blank=True, validators=[validate_krs])
    nip = models.CharField(_("NIP"), max_length=16, blank=True, validators=[validate_nip])
    regon = models.CharField(_("REGON"), max_length=17, blank=True, validators=[validate_regon])
    embed_origins = models.TextField(
        _("websites that may show the widget"),
        blank=True,
        validators=[validate_origins],
        help_text=_(
            "One address a line, such as https://www.example.org: only these websites may "
            "show this organisation's widget in a frame."
        ),
    )
    accreditations = StreamField(
        [("accreditation", AccreditationBlock())], verbose_name=_("accreditations"), blank=True
    )
    timeline = StreamField(
        [("milestone", MilestoneBlock())], verbose_name=_("timeline"), blank=True
    )
    impact_figures = StreamField(
        [("figure", ImpactFigureBlock())], verbose_name=_("impact figures"), blank=True
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("short_name"), FieldPanel("legal_form")]),
        FieldPanel("founding_date"),
        FieldPanel("mission"),
        FieldPanel("logo"),
        FieldPanel("areas_of_work"),
        FieldPanel("body"),
        FieldPanel("impact_figures"),
        FieldPanel("timeline"),
    ]
    contact_panels = [
        MultiFieldPanel(
            [FieldPanel("email"), FieldPanel("phone"), FieldPanel("website")],
            heading=_("Contact"),
        ),
        *AddressMixin.address_panels,
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("krs"), FieldPanel("nip"), FieldPanel("regon")])],
            heading=_("Registry numbers"),
        ),
        InlinePanel("memberships", label=_("Network memberships")),
        FieldPanel("accreditations"),
    ]
    widget_panels = [
        FieldPanel("embed_origins"),
        HelpPanel(template="pages/admin/embed_snippet.html", heading=_("Code to paste")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(contact_panels, heading=_("Contact and registry")),
            ObjectList(widget_panels, heading=_("Widget")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("short_name", boost=3),
        index.SearchField("mission", boost=2),
        index.SearchField("body"),
        index.SearchField("city"),
        index.AutocompleteField("short_name"),
        index.FilterField("legal_form"),
        index.RelatedFields("areas_of_work", [index.SearchField("name")]),
    ]
    override_translatable_fields = [
        SynchronizedField(name)
        for name in (
            "short_name",
            "email",
            "phone",
            "website",
            "krs",
            "nip",
            "regon",
            "embed_origins",
            *AddressMixin.address_synchronised_fields,
        )
    ]

    parent_page_types = ["pages.OrganisationIndexPage"]
    subpage_types = ["pages.ProgrammePage", "pages.ConferencePage", "pages.ContentPage"]

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def clean(self):
        super().clean()
        for field in ("krs", "nip", "regon"):
            setattr(self, field, normalise_registry_number(getattr(self, field)))

    def network_memberships(self):
        return self.memberships.select_related("network")

    @property
    def embed_url(self) -> str:
        """The widget's stable address on the site (pages.embed), in the page's language."""
        from django.urls import reverse

        from pages.site_url import site_root_url

        with translation.override(self.locale.language_code):
            return site_root_url() + reverse("embed_organisation", args=[self.slug])

    @property
    def embed_origin_list(self) -> list[str]:
        """The origins that may frame this organisation's widget (none if the field was
        saved invalid some other way: framing fails closed)."""
        try:
            return parse_origins(self.embed_origins)
        except ValidationError:
            return []

    @property
    def display_name(self) -> str:
        return f"{self.title} ({self.short_name})" if self.short_name else self.title

    def get_context(self, request, *args, **kwargs):
        from pages.calendar_links import organisation_calendar_link
        from pages.selectors import organisation_sections

        context = super().get_context(request, *args, **kwargs)
        context["calendar_link"] = organisation_calendar_link(self, request)
        # Read only when the template's cached fragment misses.
        context["sections"] = SimpleLazyObject(
            lambda: organisation_sections(organisation=self, request=request)
        )
        context["verification"] = SimpleLazyObject(self.verification)
        return context

    def verification(self):
        """What the network verified (pages.models.joining), or None."""
        from .joining import OrganisationVerification

        return OrganisationVerification.objects.filter(translation_key=self.translation_key).first()

    @property
    def schema_org_type(self) -> str:
        public_forms = {LegalForm.PUBLIC_CULTURE_INSTITUTION, LegalForm.LOCAL_GOVERNMENT_UNIT}
        return "GovernmentOrganization" if self.legal_form in public_forms else "NGO"

    def json_ld(self) -> dict:
        from pages.json_ld import logo_url

        data = {
            "@context": "https://schema.org",
            "@type": self.schema_org_type,
            "name": self.title,
            "url": self.full_url,
            "description": self.mission,
            "address": self.postal_address_json_ld(),
        }
        if self.short_name:
            data["alternateName"] = self.short_name
        if self.founding_date:
            data["foundingDate"] = self.founding_date.isoformat()
        if self.email:
            data["email"] = self.email
        if self.website:
            data["sameAs"] = [self.website]
        if self.nip:
            data["taxID"] = self.nip
        if logo := logo_url(self):
            data["logo"] = logo
        return data
