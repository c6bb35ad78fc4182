from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class TranslatableTerm(TranslatableMixin, index.Indexed, models.Model):
    """A term of a vocabulary shared by the network (job roles, skills, causes), one row per
    language, named in filter URLs by its slug."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, help_text=_("Used in filter URLs."))

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Topic(TranslatableTerm):
    """The name of a tag (an organisation's area of work, a programme's or conference's
    tag) in each language. Tags are taggit's, one shared set for all languages, so a page's
    translation carries the source page's tag names; a topic in the tag's language, translated
    like any snippet (wagtail-localize), gives the name in the other (pages.topics)."""

    class Meta(TranslatableTerm.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="unique_topic_slug")]


class MembershipScope(models.TextChoices):
    NATIONAL = "NATIONAL", _("National")
    EUROPEAN = "EUROPEAN", _("European")
    INTERNATIONAL = "INTERNATIONAL", _("International")
    REGIONAL = "REGIONAL", _("Regional")


class NetworkMembership(index.Indexed, models.Model):
    """A network or federation organisations belong to (SPLOT, Culture Action Europe, ENO...).

    Network names are proper names, identical in both languages, so the snippet is not
    translatable; organisation pages link to it from either locale.
    """

    name = models.CharField(_("name"), max_length=200, unique=True)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    website = models.URLField(_("website"), blank=True)
    scope = models.CharField(
        _("scope"),
        max_length=20,
        choices=MembershipScope.choices,
        default=MembershipScope.NATIONAL,
    )

    panels = [FieldPanel("name"), FieldPanel("acronym"), FieldPanel("website"), FieldPanel("scope")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("network membership")
        verbose_name_plural = _("network memberships")

    def __str__(self) -> str:
        return f"{self.name} ({self.acronym})" if self.acronym else self.name
