from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.blocks import BodyBlock
from pages.registry import RegisteredSubpagesMixin

from .mixins import ShareCardMixin
from .routing import ChildRouteMixin


class NetworkHomePage(RegisteredSubpagesMixin, ChildRouteMixin, Page):
    """The network's front page: what the network is, its members and what is new."""

    introduction = models.TextField(_("introduction"))
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["wagtailcore.Page"]
    # Plugins add their own section pages through pages.registry.allow_subpage(), which
    # RegisteredSubpagesMixin.clean_subpage_models() reads.
    subpage_types = [
        "pages.OrganisationIndexPage",
        "pages.ProgrammeIndexPage",
        "pages.ConferenceIndexPage",
        "pages.ContentPage",
        "pages.AccessibilityStatementPage",
    ]

    class Meta:
        verbose_name = _("network home page")

    def get_context(self, request, *args, **kwargs):
        from pages.selectors import home_sections

        context = super().get_context(request, *args, **kwargs)
        # Read only when the template's cached fragment misses.
        context["sections"] = SimpleLazyObject(lambda: home_sections(home=self, request=request))
        return context


class ContentPage(ShareCardMixin, ChildRouteMixin, Page):
    """A plain page: about the network, news of an organisation, the accessibility statement."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction", boost=2),
        index.SearchField("body"),
    ]

    parent_page_types = [
        "pages.NetworkHomePage",
        "pages.OrganisationPage",
        "pages.ProgrammePage",
        "pages.ContentPage",
    ]
    subpage_types = ["pages.ContentPage"]

    og_type = "article"

    def share_card_kind(self) -> str:
        return str(_("Article"))

    class Meta:
        verbose_name = _("content page")
