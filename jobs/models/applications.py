import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from jobs.storage import private_storage


class ApplicationStatus(models.TextChoices):
    # One word per status in each language, under their own context: "Received" used to be
    # "Przyjęte" in Polish, the same word as "Hired", so every new application read as accepted.
    RECEIVED = "RECEIVED", pgettext_lazy("application status", "Received")
    UNDER_REVIEW = "UNDER_REVIEW", pgettext_lazy("application status", "In progress")
    INVITED = "INVITED", pgettext_lazy("application status", "Invited")
    HIRED = "HIRED", pgettext_lazy("application status", "Hired")
    REJECTED = "REJECTED", pgettext_lazy("application status", "Rejected")
    WITHDRAWN = "WITHDRAWN", pgettext_lazy("application status", "Withdrawn")


CV_FOLDER = "cv"


def normalise_email(email: str) -> str:
    return email.strip().casefold()


def cv_path(instance, filename: str) -> str:
    # The applicant's file name never reaches the disk: it may hold personal data or tricks.
    return f"{CV_FOLDER}/{uuid.uuid4().hex}.{instance.cv_extension}"


class JobApplication(models.Model):
    posting = models.ForeignKey(
        "jobs.JobPostingPage",
        on_delete=models.CASCADE,
        related_name="applications",
        verbose_name=_("job posting"),
    )
    name = models.CharField(_("full name"), max_length=200)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    cv = models.FileField(_("CV"), storage=private_storage, upload_to=cv_path, max_length=200)
    cv_extension = models.CharField(max_length=5, editable=False)
    cover_letter = models.TextField(_("cover letter"), blank=True, max_length=10_000)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ApplicationStatus.choices,
        default=ApplicationStatus.RECEIVED,
    )
    language_code = models.CharField(_("language"), max_length=8)
    consent_given_at = models.DateTimeField(_("consent given at"))
    created_at = models.DateTimeField(_("received at"), auto_now_add=True)
    status_changed_at = models.DateTimeField(_("status changed at"), null=True, blank=True)
    # One application per address and posting (in any of its languages), held by the database
    # so two requests at once cannot both get in. Applications that were duplicates before the
    # rule keep a NULL key: nothing was deleted to introduce it.
    email_normalised = models.CharField(max_length=254, editable=False, default="")
    posting_key = models.UUIDField(null=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("job application")
        verbose_name_plural = _("job applications")
        constraints = [
            models.UniqueConstraint(
                fields=["posting_key", "email_normalised"],
                name="one_application_per_posting_and_email",
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} – {self.posting.title}"

    def save(self, *args, **kwargs):
        self.email_normalised = normalise_email(self.email)
        if self.pk is None and self.posting_key is None:
            self.posting_key = self.posting.translation_key
        super().save(*args, **kwargs)

    @property
    def is_invited(self) -> bool:
        return self.status == ApplicationStatus.INVITED

    @property
    def is_rejected(self) -> bool:
        return self.status == ApplicationStatus.REJECTED

    @property
    def cv_is_pdf(self) -> bool:
        return self.cv_extension == "pdf"
