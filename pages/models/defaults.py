"""What an organisation sets once instead of on every posting or offer: the data-protection
notice of applications, where notifications go, how long applicants' data are kept, and the
messages its editors send, per kind and language. Kinds are registered by plugins
(`pages.registry.register_message_kind`); the core knows none of them."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from pages.registry import message_kind_choices


class OrganisationDefaults(ClusterableModel):
    organisation = models.OneToOneField(
        "pages.OrganisationPage",
        on_delete=models.CASCADE,
        related_name="defaults",
        verbose_name=_("organisation"),
    )
    notification_email = models.EmailField(
        _("notification e-mail"),
        blank=True,
        help_text=_("Where new applications are announced when a posting names no contact e-mail."),
    )
    data_protection_notice = RichTextField(
        _("data-protection notice of applications"),
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("New postings and offers start with this notice."),
    )
    retention_months = models.PositiveSmallIntegerField(
        _("retention period (months)"),
        default=6,
        help_text=_("How long applicants' data are kept after a recruitment ends."),
    )

    panels = [
        FieldPanel("notification_email"),
        FieldPanel("data_protection_notice"),
        FieldPanel("retention_months"),
        # The label names one template: Wagtail writes "Add <label>" on the button.
        InlinePanel("message_templates", label=_("message template"), heading=_("Messages")),
    ]

    class Meta:
        verbose_name = _("organisation settings")
        verbose_name_plural = _("organisation settings")

    def __str__(self) -> str:
        return self.organisation.title

    def message_template(self, *, kind: str, language_code: str):
        return self.message_templates.filter(kind=kind, language_code=language_code).first()


def validate_language_code(value: str) -> None:
    if value not in dict(settings.LANGUAGES):
        raise ValidationError(
            _("Give one of the site's languages: %(codes)s."),
            params={"codes": ", ".join(dict(settings.LANGUAGES))},
        )


class MessageTemplate(Orderable):
    defaults = ParentalKey(
        OrganisationDefaults, on_delete=models.CASCADE, related_name="message_templates"
    )
    kind = models.CharField(_("kind"), max_length=80, choices=message_kind_choices)
    # A language code of settings.LANGUAGES ("pl", "en"), checked by the validator; not a
    # choices field, since language codes across the project are plain strings. The editor
    # picks one of the site's languages from a list instead of typing a code.
    language_code = models.CharField(
        _("language"), max_length=8, validators=[validate_language_code]
    )
    body = models.TextField(_("message"), max_length=5_000)

    panels = [
        FieldPanel("kind"),
        FieldPanel("language_code", widget=forms.Select(choices=settings.LANGUAGES)),
        FieldPanel("body"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("message template")
        verbose_name_plural = _("message templates")
        constraints = [
            models.UniqueConstraint(
                fields=["defaults", "kind", "language_code"], name="one_template_per_kind_language"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} ({self.language_code})"


class NotificationFrequency(models.TextChoices):
    INSTANT = "INSTANT", _("At once, one e-mail per application")
    DAILY = "DAILY", _("Once a day, in a digest")


class EditorNotificationPreference(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preference"
    )
    frequency = models.CharField(
        _("new applications"),
        max_length=10,
        choices=NotificationFrequency.choices,
        default=NotificationFrequency.INSTANT,
    )
    last_digest_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("notification preference")

    def __str__(self) -> str:
        return f"{self.user} – {self.frequency}"
