from django.db.models import F
from django.db.models.signals import post_delete, post_save

from pages.cache import bump_content_version
from pages.signal_handlers import vocabulary_changed
from pages.tasks import forget_messages, owner_key
from volunteering.models import Cause, Skill, Volunteer, VolunteerOfferPage
from volunteering.selectors import OFFERS, VOLUNTEERS, bump_generation


def offers_changed(sender, instance=None, raw=False, **kwargs):
    if not raw:
        bump_generation(OFFERS)


def volunteers_changed(sender, instance=None, raw=False, **kwargs):
    if not raw:
        bump_generation(VOLUNTEERS)


def volunteer_deleted(sender, instance, **kwargs):
    """Erased, expired or deleted in the admin: the e-mails about them waiting in the task
    queue (or finished there) hold their name, address and messages, so they go too."""
    forget_messages(owner_key(instance), address=instance.email)


def term_deleted(sender, instance, **kwargs):
    """When the last translation of a term goes, its bit is cleared everywhere, so a term
    created later under the same bit inherits nobody's choices."""
    bump_content_version()
    vocabulary_changed()
    if sender.objects.filter(bit=instance.bit).exists():
        return
    keep = ~(1 << instance.bit)
    if sender is Skill:
        VolunteerOfferPage.objects.update(
            required_skills_mask=F("required_skills_mask").bitand(keep),
            nice_skills_mask=F("nice_skills_mask").bitand(keep),
        )
        Volunteer.objects.update(skills=F("skills").bitand(keep))
    else:
        VolunteerOfferPage.objects.update(causes_mask=F("causes_mask").bitand(keep))
        Volunteer.objects.update(causes=F("causes").bitand(keep))
    bump_generation(OFFERS)
    bump_generation(VOLUNTEERS)


def register_signal_handlers():
    for model in (Skill, Cause):
        # Term names are cached for filters, forms and explanations (volunteering.vocabulary,
        # the vocabulary's version); pages show them too (offer cards), hence the content
        # version as well.
        post_save.connect(
            bump_content_version, sender=model, dispatch_uid=f"vol_{model.__name__}_s"
        )
        post_save.connect(
            vocabulary_changed, sender=model, dispatch_uid=f"vol_{model.__name__}_vocab"
        )
        post_delete.connect(term_deleted, sender=model, dispatch_uid=f"vol_{model.__name__}_d")
    post_save.connect(offers_changed, sender=VolunteerOfferPage, dispatch_uid="vol_offer_saved")
    post_delete.connect(offers_changed, sender=VolunteerOfferPage, dispatch_uid="vol_offer_deleted")
    post_save.connect(volunteers_changed, sender=Volunteer, dispatch_uid="vol_volunteer_saved")
    post_delete.connect(volunteers_changed, sender=Volunteer, dispatch_uid="vol_volunteer_deleted")
    post_delete.connect(volunteer_deleted, sender=Volunteer, dispatch_uid="vol_volunteer_forgotten")
