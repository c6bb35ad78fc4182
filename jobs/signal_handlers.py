from django.db.models.signals import post_delete, post_save

from jobs.models import JobCategory
from pages.cache import bump_content_version


def register_signal_handlers():
    # Category names are cached in the listing's filter form.
    post_save.connect(bump_content_version, sender=JobCategory, dispatch_uid="jobs_category_saved")
    post_delete.connect(
        bump_content_version, sender=JobCategory, dispatch_uid="jobs_category_deleted"
    )
