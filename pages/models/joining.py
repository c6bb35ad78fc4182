"""Applications to join the network and invitations of organisation editors.

An application is stored as soon as it is sent, but reaches the reviewers only once its
contact confirms the e-mail address (`confirmed_at`). An invitation is a single-use link to an
organisation's workspace; the link carries the invitation's id and nonce, so using or
withdrawing it voids the link."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from pages.validators import validate_krs, validate_nip, validate_regon

from .choices import LegalForm
from .mixins import AddressMixin


def new_nonce() -> str:
    return secrets.token_urlsafe(16)


class ApplicationStatus(models.TextChoices):
    UNCONFIRMED = "UNCONFIRMED", _("Waiting for the e-mail confirmation")
    PENDING = "PENDING", _("Waiting for review")
    CHANGES_REQUESTED = "CHANGES_REQUESTED", _("Changes requested")
    APPROVED = "APPROVED", _("Approved")
    REJECTED = "REJECTED", _("Rejected")


# What an applicant fills in: the join form, the review screen and resubmission share it.
APPLICANT_FIELDS = (
    "name",
    "legal_form",
    "krs",
    "nip",
    "regon",
    "street_address",
    "postal_code",
    "city",
    "contact_name",
    "contact_email",
    "areas_of_work",
    "description",
)


class MembershipApplication(AddressMixin, models.Model):
    name = models.CharField(_("name of the organisation"), max_length=255)
    legal_form = models.CharField(_("legal form"), max_length=40, choices=LegalForm.choices)
    krs = models.CharField(_("KRS number"), max_length=14, blank=True, validators=[validate_krs])
    nip = models.CharField(_("NIP"), max_length=16, blank=True, validators=[validate_nip])
    regon = models.CharField(_("REGON"), max_length=17, blank=True, validators=[validate_regon])
    contact_name = models.CharField(_("contact person"), max_length=200)
    contact_email = models.EmailField(_("contact e-mail"))
    areas_of_work = models.CharField(_("areas of work"), max_length=300)
    description = models.TextField(_("short description"), max_length=2000)
    language_code = models.CharField(max_length=8, default="pl")
    consent_given_at = models.DateTimeField(_("consent given at"))
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ApplicationStatus.choices,
        default=ApplicationStatus.UNCONFIRMED,
    )
    token_nonce = models.CharField(max_length=32, default=new_nonce)
    created_at = models.DateTimeField(_("sent at"))
    confirmed_at = models.DateTimeField(_("e-mail confirmed at"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decision_message = models.TextField(_("message to the applicant"), blank=True)
    organisation = models.ForeignKey(
        "pages.OrganisationPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("organisation page"),
    )

    class Meta:
        verbose_name = _("application to join")
        verbose_name_plural = _("applications to join")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["krs"]), models.Index(fields=["nip"])]

    def __str__(self) -> str:
        return self.name

    @property
    def awaits_review(self) -> bool:
        return self.status == ApplicationStatus.PENDING

    @property
    def editable_by_applicant(self) -> bool:
        return self.status == ApplicationStatus.CHANGES_REQUESTED


class EditorInvitation(models.Model):
    """An invitation to become an editor of one organisation (its workspace's group)."""

    workspace = models.ForeignKey(
        "pages.OrganisationWorkspace",
        on_delete=models.CASCADE,
        related_name="invitations",
        verbose_name=_("organisation"),
    )
    email = models.EmailField(_("e-mail"))
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("invited by"),
    )
    language_code = models.CharField(max_length=8, default="pl")
    nonce = models.CharField(max_length=32, default=new_nonce)
    created_at = models.DateTimeField(_("sent at"))
    expires_at = models.DateTimeField(_("expires at"))
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("account"),
    )

    class Meta:
        verbose_name = _("editor invitation")
        verbose_name_plural = _("editor invitations")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.email

    def usable_at(self, now) -> bool:
        return self.accepted_at is None and now < self.expires_at


class VerificationSource(models.TextChoices):
    REVIEW = "REVIEW", _("the review of the application to join")
    KRS_IMPORT = "KRS_IMPORT", _("an extract from the National Court Register (KRS)")


class OrganisationVerification(models.Model):
    """What the network checked about an organisation, shown on its page. Keyed by the
    page's translation key, so both languages show the same record."""

    translation_key = models.UUIDField(unique=True)
    krs_checked = models.BooleanField(_("KRS checked"), default=False)
    nip_checked = models.BooleanField(_("NIP checked"), default=False)
    regon_checked = models.BooleanField(_("REGON checked"), default=False)
    public_benefit = models.BooleanField(_("public benefit organisation (OPP)"), default=False)
    source = models.CharField(_("source"), max_length=20, choices=VerificationSource.choices)
    verified_at = models.DateTimeField(_("verified at"))
    # The name shown publicly, as it was when the check was made.
    verified_by_name = models.CharField(_("verified by"), max_length=200)

    class Meta:
        verbose_name = _("organisation verification")

    def __str__(self) -> str:
        return str(self.translation_key)

    @property
    def checked_numbers(self) -> list[str]:
        flags = (
            ("KRS", self.krs_checked),
            ("NIP", self.nip_checked),
            ("REGON", self.regon_checked),
        )
        return [name for name, checked in flags if checked]
