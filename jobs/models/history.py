"""What happened to an application after it arrived: its status changes (with the message
the candidate was sent) and the editors' internal notes. Both are also written to Wagtail's
audit log; these rows are what the application's page shows."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from jobs.models.applications import ApplicationStatus


class ApplicationStatusChange(models.Model):
    application = models.ForeignKey(
        "jobs.JobApplication", on_delete=models.CASCADE, related_name="status_changes"
    )
    from_status = models.CharField(
        _("previous status"), max_length=20, choices=ApplicationStatus.choices
    )
    to_status = models.CharField(_("new status"), max_length=20, choices=ApplicationStatus.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("changed by"),
    )
    changed_at = models.DateTimeField(_("changed at"))
    message = models.TextField(_("message to the candidate"), blank=True)

    class Meta:
        ordering = ["changed_at", "pk"]
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")

    def __str__(self) -> str:
        return f"{self.from_status} → {self.to_status}"


class ApplicationNote(models.Model):
    application = models.ForeignKey(
        "jobs.JobApplication", on_delete=models.CASCADE, related_name="notes"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("author"),
    )
    created_at = models.DateTimeField(_("written at"))
    text = models.TextField(_("note"), max_length=5_000)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("internal note")
        verbose_name_plural = _("internal notes")

    def __str__(self) -> str:
        return self.text[:50]
