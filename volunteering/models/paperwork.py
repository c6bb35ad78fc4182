"""The paperwork the Act of 24 April 2003 and the Act of 13 May 2016 ask for: the agreement
(porozumienie), the certificate (zaświadczenie) with an optional opinion, the child-protection
checks, and each organisation's own paperwork settings. See docs/volunteering.md."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganisationPaperwork(models.Model):
    """What an organisation's paperwork needs that the core organisation page does not hold:
    who signs on its behalf, its child-protection standards and its accident insurance."""

    organisation = models.OneToOneField(
        "pages.OrganisationPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("organisation"),
    )
    representative_name = models.CharField(_("representative (signs)"), max_length=150)
    representative_role = models.CharField(_("representative's role"), max_length=150)
    child_protection_url = models.URLField(
        _("child-protection standards (page)"),
        blank=True,
        help_text=_("The page where the organisation publishes its child-protection standards."),
    )
    child_protection_document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("child-protection standards (document)"),
    )
    nnw_policy = models.CharField(
        _("accident insurance (NNW) policy"),
        max_length=200,
        blank=True,
        help_text=_(
            "Insurer and policy number. Volunteers working up to 30 days must be insured "
            "against accidents by the organisation."
        ),
    )

    class Meta:
        verbose_name = _("organisation paperwork")
        verbose_name_plural = _("organisations' paperwork")

    def __str__(self) -> str:
        return str(self.organisation)

    @property
    def child_protection_link(self) -> str:
        if self.child_protection_document_id:
            return self.child_protection_document.url
        return self.child_protection_url


class CertificateKind(models.TextChoices):
    CERTIFICATE = "CERTIFICATE", _("Certificate")
    OPINION = "OPINION", _("Certificate with an opinion")


class Certificate(models.Model):
    """A written certificate of the services performed (art. 44 sec. 4-5). It keeps its own
    copy of everything it says, so later edits to the offer or the volunteer never change an
    issued certificate; `digest` is the SHA-256 of that copy, taken when it was issued."""

    volunteer = models.ForeignKey(
        "volunteering.Volunteer",
        on_delete=models.CASCADE,
        related_name="certificates",
        verbose_name=_("volunteer"),
    )
    interest = models.ForeignKey(
        "volunteering.Interest",
        on_delete=models.SET_NULL,
        null=True,
        related_name="certificates",
        verbose_name=_("placement"),
    )
    organisation = models.ForeignKey(
        "pages.OrganisationPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("organisation"),
    )
    kind = models.CharField(
        _("kind"),
        max_length=12,
        choices=CertificateKind.choices,
        default=CertificateKind.CERTIFICATE,
    )
    code = models.CharField(_("verification code"), max_length=40, unique=True, editable=False)
    volunteer_name = models.CharField(_("volunteer's name"), max_length=150)
    organisation_details = models.TextField(_("organisation's details"))
    offer_title = models.CharField(_("offer"), max_length=255)
    work_description = models.TextField(_("kind of work"))
    start_date = models.DateField(_("from"))
    end_date = models.DateField(_("to"))
    hours = models.DecimalField(_("hours"), max_digits=7, decimal_places=2)
    opinion = models.TextField(_("opinion"), blank=True)
    signatory_name = models.CharField(_("signed by"), max_length=150)
    signatory_role = models.CharField(_("signatory's role"), max_length=150)
    requested_at = models.DateTimeField(_("requested at"), null=True, blank=True)
    issued_at = models.DateTimeField(_("issued at"), null=True, blank=True)
    digest = models.CharField(max_length=64, blank=True, editable=False)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revocation_reason = models.CharField(_("reason for revoking"), max_length=300, blank=True)

    class Meta:
        ordering = ["-issued_at", "-requested_at"]
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")

    def __str__(self) -> str:
        return f"{self.volunteer_name} – {self.offer_title}"


class Agreement(models.Model):
    """The agreement (porozumienie, art. 44 sec. 1-2) for one placement: an accepted
    expression of interest. Its text is kept as generated; `text_hash` names that version, and
    each acceptance records the hash it accepted."""

    interest = models.OneToOneField(
        "volunteering.Interest",
        on_delete=models.CASCADE,
        related_name="agreement",
        verbose_name=_("placement"),
    )
    organisation = models.ForeignKey(
        "pages.OrganisationPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("organisation"),
    )
    start_date = models.DateField(_("from"))
    end_date = models.DateField(_("to"), null=True, blank=True)
    text_pl = models.TextField(_("text (Polish, binding)"))
    text_en = models.TextField(_("text (English, for information)"))
    text_hash = models.CharField(_("text version"), max_length=64)
    created_at = models.DateTimeField(_("prepared at"))
    volunteer_accepted_at = models.DateTimeField(_("accepted by the volunteer at"), null=True)
    volunteer_accepted_hash = models.CharField(max_length=64, blank=True)
    volunteer_ip = models.GenericIPAddressField(_("volunteer's IP address"), null=True)
    guardian_email = models.EmailField(_("parent's or guardian's e-mail"), blank=True)
    guardian_accepted_at = models.DateTimeField(_("accepted by the guardian at"), null=True)
    guardian_accepted_hash = models.CharField(max_length=64, blank=True)
    guardian_ip = models.GenericIPAddressField(_("guardian's IP address"), null=True)
    coordinator_accepted_at = models.DateTimeField(_("accepted by the organisation at"), null=True)
    coordinator_accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("accepted by"),
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")

    def __str__(self) -> str:
        return str(self.interest)


class ChildProtectionCheck(models.Model):
    """That a volunteer was checked before working with minors (the Act of 13 May 2016, art.
    21): what was checked, when and by whom. Never the documents themselves."""

    volunteer = models.ForeignKey(
        "volunteering.Volunteer",
        on_delete=models.CASCADE,
        related_name="child_protection_checks",
        verbose_name=_("volunteer"),
    )
    organisation = models.ForeignKey(
        "pages.OrganisationPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("organisation"),
    )
    register_checked = models.BooleanField(
        _("checked in the Register of Sexual Offenders"), default=False
    )
    criminal_record_checked = models.BooleanField(
        _("criminal record information or statement received"), default=False
    )
    checked_on = models.DateField(_("checked on"))
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("checked by"),
    )
    recorded_at = models.DateTimeField(_("recorded at"))

    class Meta:
        ordering = ["-checked_on"]
        verbose_name = _("child-protection check")
        verbose_name_plural = _("child-protection checks")

    def __str__(self) -> str:
        return f"{self.volunteer} ({self.checked_on})"
