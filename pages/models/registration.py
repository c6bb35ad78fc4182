import hashlib

from django.core import signing
from django.db import models
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .choices import RegistrationStatus

CANCEL_SALT = "pages.registration.cancel"
CONSENT_TEXT = _("I agree to the organiser processing my data to handle this registration.")


def consent_text_version(language_code: str) -> str:
    """The version of the consent wording shown in `language_code`: its SHA-256, so the
    record says which text was agreed to, and a reworded consent gets a new version."""
    with translation.override(language_code):
        return hashlib.sha256(str(CONSENT_TEXT).encode()).hexdigest()


class ConferenceRegistration(models.Model):
    """A place booked through a conference's on-site registration form, or a turn on its
    waiting list (in the order of `created_at`).

    A cancelled registration stays (with `cancelled_at`), so counts and the consent record
    survive. After the retention period (purge_event_registrations) the person's details are
    blanked and `purged_at` set: what stays is anonymous, enough for a funder's count of
    registrations and attendees and for the consent record (when, to which text)."""

    conference = models.ForeignKey(
        "pages.ConferencePage",
        on_delete=models.CASCADE,
        related_name="registrations",
        verbose_name=_("event"),
    )
    name = models.CharField(_("full name"), max_length=200)
    email = models.EmailField(_("e-mail"))
    organisation_name = models.CharField(_("organisation"), max_length=250, blank=True)
    access_needs = models.TextField(_("access needs"), blank=True)
    language_code = models.CharField(_("language"), max_length=8)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=RegistrationStatus.choices,
        default=RegistrationStatus.CONFIRMED,
    )
    consent_given_at = models.DateTimeField(_("consent given at"))
    consent_text_version = models.CharField(
        _("consent text version"),
        max_length=64,
        blank=True,
        help_text=_("SHA-256 of the consent wording the person agreed to."),
    )
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    promoted_at = models.DateTimeField(_("given a place at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminded at"), null=True, blank=True)
    checked_in_at = models.DateTimeField(_("checked in at"), null=True, blank=True)
    purged_at = models.DateTimeField(_("personal data deleted at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("event registration")
        verbose_name_plural = _("event registrations")
        constraints = [
            # One live registration per address; cancelled and purged ones stay as history.
            models.UniqueConstraint(
                "conference",
                models.functions.Lower("email"),
                condition=~Q(status=RegistrationStatus.CANCELLED) & Q(purged_at__isnull=True),
                name="one_registration_per_email",
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} – {self.conference_id}"

    @property
    def cancel_token(self) -> str:
        """The signed, unguessable key of this registration's cancel link: `<id>-<HMAC>`.
        A dash, not the signer's colon: Wagtail serves only path segments of letters,
        digits, `_` and `-`."""
        signer = _signer()
        return signer.sign(str(self.pk)).replace(signer.sep, "-", 1)

    @property
    def is_waitlisted(self) -> bool:
        return self.status == RegistrationStatus.WAITLISTED

    def waitlist_position(self) -> int | None:
        """1 for the first one waiting (every translation of the event shares the list);
        None when this registration is not on the waiting list."""
        if not self.is_waitlisted:
            return None
        earlier = Q(created_at__lt=self.created_at) | Q(created_at=self.created_at, pk__lt=self.pk)
        waiting = ConferenceRegistration.objects.filter(
            conference__translation_key=self.conference.translation_key,
            status=RegistrationStatus.WAITLISTED,
            purged_at__isnull=True,
        )
        return waiting.filter(earlier).count() + 1

    @property
    def is_cancelled(self) -> bool:
        return self.status == RegistrationStatus.CANCELLED


def registration_for_token(token: str) -> ConferenceRegistration | None:
    """The registration a cancel link names, or None for a forged or mangled one."""
    signer = _signer()
    try:
        pk = signer.unsign(token.replace("-", signer.sep, 1))
    except signing.BadSignature:
        return None
    return ConferenceRegistration.objects.filter(pk=int(pk), purged_at__isnull=True).first()


def _signer() -> signing.Signer:
    return signing.Signer(salt=CANCEL_SALT)
