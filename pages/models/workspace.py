from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import Collection


class OrganisationWorkspace(models.Model):
    """The editors group and media collection that belong to one organisation.

    Keyed by the organisation page's translation key, so the Polish page and its English
    translation share one workspace and one set of editors.
    """

    translation_key = models.UUIDField(unique=True)
    group = models.OneToOneField(Group, on_delete=models.PROTECT, related_name="workspace")
    collection = models.OneToOneField(
        Collection, on_delete=models.PROTECT, related_name="workspace"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("organisation workspace")

    def __str__(self) -> str:
        return self.group.name
