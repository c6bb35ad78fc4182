from django.db import models
from django.utils.translation import gettext_lazy as _


class ConferenceRegistration(models.Model):
    """A place booked through a conference's on-site registration form."""

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
    consent_given_at = models.DateTimeField(_("consent given at"))
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("event registration")
        verbose_name_plural = _("event registrations")
        constraints = [
            models.UniqueConstraint(
                "conference", models.functions.Lower("email"), name="one_registration_per_email"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} – {self.conference_id}"
