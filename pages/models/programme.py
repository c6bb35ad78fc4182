import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.blocks import ActivityBlock, BodyBlock, TargetGroupBlock
from pages.filters import ProgrammeFilterSet
from pages.schedule import ProgrammeStatus, programme_status
from pages.visibility import public

from .mixins import InOrganisationMixin, ListingIndexMixin, ShareCardMixin
from .routing import ChildRouteMixin


class ProgrammeTag(TaggedItemBase):
    content_object = ParentalKey(
        "pages.ProgrammePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class PartnerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Partner"), max_length=250)
    role = blocks.CharBlock(label=_("Role"), required=False, max_length=250)
    website = blocks.URLBlock(label=_("Website"), required=False)

    class Meta:
        icon = "group"
        template = "pages/blocks/partner.html"
        label = _("Partner")
        description = _("An organisation or municipality the programme works with.")
        preview_value = {"name": "Gmina Skawina", "role": "Partner projektu"}


class ProgrammeIndexPage(ListingIndexMixin, Page):
    content_panels = [*Page.content_panels, *ListingIndexMixin.index_panels]
    search_fields = [*Page.search_fields, *ListingIndexMixin.index_search_fields]

    parent_page_types = ["pages.NetworkHomePage"]
    subpage_types = []
    filterset_class = ProgrammeFilterSet

    class Meta:
        verbose_name = _("programme index")

    @staticmethod
    def items_in(locale):
        return public(ProgrammePage.objects.live()).filter(locale=locale)

    def listing_items(self, *, now):
        return self.items_in(self.locale)


class ProgrammePage(ShareCardMixin, InOrganisationMixin, ChildRouteMixin, Page):
    summary = models.TextField(_("summary"), help_text=_("Two or three sentences for listings."))
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    goals = StreamField(
        [("goal", blocks.CharBlock(label=_("Goal"), icon="success"))],
        verbose_name=_("goals"),
        blank=True,
    )
    activities = StreamField(
        [("activity", ActivityBlock())], verbose_name=_("activities"), blank=True
    )
    target_groups = StreamField(
        [("target_group", TargetGroupBlock())], verbose_name=_("target groups"), blank=True
    )
    funder = models.CharField(
        _("funder"), max_length=250, blank=True, help_text=_("e.g. EEA and Norway Grants")
    )
    funding_programme = models.CharField(
        _("funding programme"),
        max_length=250,
        blank=True,
        help_text=_("e.g. Active Citizens – Regional Fund"),
    )
    funding_statement = models.TextField(
        _("funding statement"),
        blank=True,
        help_text=_("The wording the funder requires on every publication."),
    )
    partners = StreamField([("partner", PartnerBlock())], verbose_name=_("partners"), blank=True)
    places = StreamField(
        [("place", blocks.CharBlock(label=_("Place"), icon="site"))],
        verbose_name=_("places"),
        blank=True,
    )
    body = StreamField(BodyBlock(), verbose_name=_("more information"), blank=True)
    tags = ClusterTaggableManager(through=ProgrammeTag, blank=True, verbose_name=_("tags"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Dates")),
        FieldPanel("goals"),
        FieldPanel("activities"),
        FieldPanel("target_groups"),
        MultiFieldPanel(
            [
                FieldPanel("funder"),
                FieldPanel("funding_programme"),
                FieldPanel("funding_statement"),
            ],
            heading=_("Funding"),
        ),
        FieldPanel("partners"),
        FieldPanel("places"),
        FieldPanel("body"),
        FieldPanel("tags"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("goals"),
        index.SearchField("activities"),
        index.SearchField("body"),
        index.SearchField("funder"),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    # The main menu shows this page under the network's listing readers find it on, not
    # under the organisation that owns it in the page tree (see siec_tags.main_menu).
    menu_section = "pages.ProgrammeIndexPage"
    parent_page_types = ["pages.OrganisationPage"]
    subpage_types = ["pages.ContentPage"]

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError(
                {"end_date": _("The end date cannot be earlier than the start date.")}
            )

    def status_on(self, today: datetime.date) -> ProgrammeStatus:
        return programme_status(start_date=self.start_date, end_date=self.end_date, today=today)

    @property
    def status(self) -> ProgrammeStatus:
        return self.status_on(timezone.localdate())

    @property
    def planned_participants(self) -> int:
        return sum(block.value.get("planned_participants") or 0 for block in self.target_groups)
