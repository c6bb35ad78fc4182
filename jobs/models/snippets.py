from django.db import models
from django.utils.translation import gettext_lazy as _

from pages.models.snippets import TranslatableTerm


class JobCategory(TranslatableTerm):
    """Shared vocabulary of roles (accounting, management, ...)."""

    class Meta(TranslatableTerm.Meta):
        verbose_name = _("job category")
        verbose_name_plural = _("job categories")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_job_category_slug")
        ]
