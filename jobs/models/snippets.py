from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class JobCategory(TranslatableMixin, index.Indexed, models.Model):
    """Shared vocabulary of roles (accounting, management, ...), one row per language."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, help_text=_("Used in filter URLs."))

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("job category")
        verbose_name_plural = _("job categories")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_job_category_slug")
        ]

    def __str__(self) -> str:
        return self.name
