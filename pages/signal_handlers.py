from django.db.models.signals import post_save

from pages.models import OrganisationPage
from pages.workspaces import ensure_organisation_workspace


def organisation_saved(sender, instance, created, raw=False, **kwargs):
    # New organisations and new translations both need the editors' permissions on them.
    if created and not raw:
        ensure_organisation_workspace(organisation=instance)


def register_signal_handlers():
    post_save.connect(organisation_saved, sender=OrganisationPage, dispatch_uid="siec_org_saved")
