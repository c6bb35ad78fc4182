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
    # The organisations the network itself set up are trusted; one that joins through an
    # application starts untrusted (pages.joining.services), so its postings and offers wait
    # for the network's review (pages.moderation) until a coordinator says otherwise.
    trusted_member = models.BooleanField(
        _("trusted member of the network"),
        default=True,
        help_text=_(
            "A trusted member's job postings and volunteer offers go live without the "
            "network coordinators' review."
        ),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("organisation workspace")

    def __str__(self) -> str:
        return self.group.name
