from functools import partial

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from wagtail.models import ModelLogEntry

from jobs.models import JobApplication, JobCategory
from pages.cache import bump_content_version
from pages.signal_handlers import vocabulary_changed
from pages.tasks import forget_messages, owner_key


def application_deleted(sender, instance, **kwargs):
    """However the row goes (the retention purge, the admin, a posting deleted with its
    applications), everything of the applicant goes too: the e-mails about them still in the
    task queue, the admin history entries labelled with their name, and the CV, this one only
    once the deletion is committed, so a rolled-back deletion keeps a row with its file."""
    forget_messages(owner_key(instance), address=instance.email)
    ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(JobApplication),
        object_id=str(instance.pk),
    ).delete()
    if instance.cv.name:
        transaction.on_commit(partial(instance.cv.storage.delete, instance.cv.name))


def register_signal_handlers():
    # Category names are shown on the cards (the content version) and offered by the listing's
    # filter form (the vocabulary's version, pages.cache.VOCABULARY).
    post_save.connect(bump_content_version, sender=JobCategory, dispatch_uid="jobs_category_saved")
    post_delete.connect(
        bump_content_version, sender=JobCategory, dispatch_uid="jobs_category_deleted"
    )
    post_save.connect(vocabulary_changed, sender=JobCategory, dispatch_uid="jobs_category_vocab")
    post_delete.connect(
        vocabulary_changed, sender=JobCategory, dispatch_uid="jobs_category_vocab_d"
    )
    post_delete.connect(
        application_deleted, sender=JobApplication, dispatch_uid="jobs_application_deleted"
    )


def register_message_kinds() -> None:
    """The messages an organisation may word once, per status a candidate is told about."""
    from django.utils.text import format_lazy
    from django.utils.translation import gettext_lazy

    from jobs.models import ApplicationStatus
    from jobs.services import status_message_kind
    from pages.registry import MessageKind, register_message_kind

    for status in ApplicationStatus:
        if status == ApplicationStatus.RECEIVED:
            continue
        register_message_kind(
            MessageKind(
                key=status_message_kind(status),
                label=format_lazy("{}: {}", gettext_lazy("Job application"), status.label),
            )
        )
