from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from jobs.models import JobApplication, JobCategory
from pages.cache import bump_content_version


def application_deleted(sender, instance, **kwargs):
    """However the row goes (the retention purge, the admin, a posting deleted with its
    applications), its CV goes too; only once the deletion is committed, so a rolled-back
    deletion keeps a row with its file."""
    if instance.cv.name:
        transaction.on_commit(partial(instance.cv.storage.delete, instance.cv.name))


def register_signal_handlers():
    # Category names are cached in the listing's filter form.
    post_save.connect(bump_content_version, sender=JobCategory, dispatch_uid="jobs_category_saved")
    post_delete.connect(
        bump_content_version, sender=JobCategory, dispatch_uid="jobs_category_deleted"
    )
    post_delete.connect(
        application_deleted, sender=JobApplication, dispatch_uid="jobs_application_deleted"
    )
