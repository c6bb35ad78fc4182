from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from taggit.models import Tag, TaggedItemBase
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.models.pages import COMMENTS_RELATION_NAME
from wagtail.signals import page_published, page_unpublished, post_page_move

from pages.cache import (
    ORGANISATION_DETAILS,
    ORGANISATIONS,
    TAGS,
    VOCABULARY,
    bump_content_version,
    bump_topic,
    page_topic,
    topic_bumper,
)
from pages.locales import forget_locales
from pages.models import (
    ConferencePage,
    ConferenceRegistration,
    NetworkMembership,
    OrganisationPage,
    OrganisationVerification,
    Topic,
)
from pages.moderation import section_created
from pages.tasks import fill_event_waitlist, forget_messages, owner_key
from pages.tree_signals import connect_tree_topics
from pages.workspaces import ensure_organisation_workspace


def organisation_saved(sender, instance, created, raw=False, **kwargs):
    # New organisations and new translations both need the editors' permissions on them.
    if created and not raw:
        ensure_organisation_workspace(organisation=instance)


def registration_deleted(sender, instance, **kwargs):
    # Its confirmation may still wait in the task queue, with the name and address.
    forget_messages(owner_key(instance), address=instance.email)


def conference_published(sender, instance, **kwargs):
    # The editor may have raised the places: the waiting list moves up, by the worker (it
    # locks the event and e-mails each one promoted), never in the editor's request.
    if instance.takes_registration_here:
        transaction.on_commit(lambda: fill_event_waitlist.enqueue(instance.pk))


# Module-level, because signals keep only weak references to their receivers.
organisations_changed = topic_bumper(ORGANISATIONS)
vocabulary_changed = topic_bumper(VOCABULARY)
organisation_details_changed = topic_bumper(ORGANISATION_DETAILS)
tags_changed = topic_bumper(TAGS)


def register_signal_handlers():
    post_save.connect(organisation_saved, sender=OrganisationPage, dispatch_uid="siec_org_saved")
    # Any page model: the plugins' section models are known only once every app is ready.
    post_save.connect(section_created, dispatch_uid="siec_section_created")
    _connect_topics()
    connect_tree_topics()
    # Menus, page fragments and listings are cached; any change to the live tree invalidates
    # them. Publishing saves the page live, so the save covers it, as it covers pages made
    # live without a publish action (a script, an import, a test factory).
    post_save.connect(_page_saved, dispatch_uid="siec_version_saved_live")
    page_unpublished.connect(bump_content_version, dispatch_uid="siec_version_unpublished")
    post_page_move.connect(bump_content_version, dispatch_uid="siec_version_moved")
    post_delete.connect(_page_deleted, dispatch_uid="siec_version_deleted")
    # Listings read the private sections from the cache (pages.visibility).
    post_save.connect(
        bump_content_version, sender=PageViewRestriction, dispatch_uid="siec_restriction_saved"
    )
    post_delete.connect(
        bump_content_version, sender=PageViewRestriction, dispatch_uid="siec_restriction_deleted"
    )
    # Cached fragments hold absolute links built from the Site (pages.site_url).
    post_save.connect(bump_content_version, sender=Site, dispatch_uid="siec_version_site_saved")
    post_delete.connect(bump_content_version, sender=Site, dispatch_uid="siec_version_site_deleted")
    post_save.connect(forget_locales, sender=Locale, dispatch_uid="siec_locales_saved")
    post_delete.connect(forget_locales, sender=Locale, dispatch_uid="siec_locales_deleted")
    page_published.connect(
        conference_published, sender=ConferencePage, dispatch_uid="siec_conference_published"
    )
    post_delete.connect(
        registration_deleted, sender=ConferenceRegistration, dispatch_uid="siec_registration_gone"
    )
    # Installed when there is an edge cache to purge (EDGE_PURGE_URL, cms/settings/base.py).
    if apps.is_installed("wagtail.contrib.frontend_cache"):
        from pages.edge_purge import connect_edge_purges

        connect_edge_purges()


def _connect_topics():
    """The narrower versions of pages.cache: what changes the directory of organisations,
    the vocabularies and an organisation's own header and contact block."""
    post_save.connect(organisations_changed, sender=OrganisationPage, dispatch_uid="siec_t_org")
    # Unpublishing, moving or deleting an ancestor changes organisations' state or paths too.
    page_unpublished.connect(organisations_changed, dispatch_uid="siec_t_org_unpublished")
    post_page_move.connect(organisations_changed, dispatch_uid="siec_t_org_moved")
    post_delete.connect(_page_deleted_organisations, dispatch_uid="siec_t_org_deleted")
    post_save.connect(organisations_changed, sender=Site, dispatch_uid="siec_t_org_site")
    post_delete.connect(organisations_changed, sender=Site, dispatch_uid="siec_t_org_site_d")
    post_save.connect(vocabulary_changed, sender=Locale, dispatch_uid="siec_t_vocab_locale")
    post_delete.connect(vocabulary_changed, sender=Locale, dispatch_uid="siec_t_vocab_locale_d")
    # Topic: the translated names of tags shown in the header (pages.topics).
    for model in (NetworkMembership, OrganisationVerification, Tag, Topic, get_image_model()):
        uid = f"siec_t_details_{model._meta.label_lower}"
        post_save.connect(organisation_details_changed, sender=model, dispatch_uid=uid)
        post_delete.connect(organisation_details_changed, sender=model, dispatch_uid=f"{uid}_d")
    # Every app's tagged-item model (the plugins' too, found without importing them).
    for model in apps.get_models():
        if issubclass(model, TaggedItemBase):
            uid = f"siec_t_tags_{model._meta.label_lower}"
            post_save.connect(tags_changed, sender=model, dispatch_uid=uid)
            post_delete.connect(tags_changed, sender=model, dispatch_uid=f"{uid}_d")


def _page_deleted_organisations(sender, instance, **kwargs):
    if isinstance(instance, Page):
        organisations_changed()


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        bump_content_version()


# Saves of a live page that touch only these change nothing a visitor sees: a draft revision
# (saved by hand or by autosave while an editor types), a lock, a comment, a child count.
# Bumping on them would empty every cached page of the network each time an editor saves.
EDITING_STATE_FIELDS = frozenset(
    {
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "locked",
        "locked_at",
        "locked_by",
        "numchild",
        COMMENTS_RELATION_NAME,
    }
)


def _page_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if not isinstance(instance, Page) or not instance.live or raw:
        return
    if update_fields is not None and set(update_fields) <= EDITING_STATE_FIELDS:
        return
    bump_content_version()
    bump_topic(page_topic(instance.pk))
