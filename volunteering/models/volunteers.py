import secrets

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from volunteering.fields import BitSetField
from volunteering.profile_choices import BRACKET_LOWEST_AGE, AgeBracket


def new_token_nonce() -> str:
    return secrets.token_urlsafe(12)


class Volunteer(models.Model):
    """A member of the public who registered interest in volunteering, without a password.

    Personal data: it is never indexed for search, exported only to the volunteer, shown to
    coordinators only for offers the volunteer is interested in or when they agreed to be
    found, and erased on request or after 24 months without activity."""

    name = models.CharField(_("full name"), max_length=150)
    email = models.EmailField(_("e-mail"), max_length=254)
    phone = models.CharField(_("phone"), max_length=20, blank=True)
    place_name = models.CharField(_("town or municipality"), max_length=100)
    latitude = models.FloatField()
    longitude = models.FloatField()
    travel_km = models.PositiveSmallIntegerField(_("how far you will travel (km)"), default=10)
    skills = BitSetField(_("skills"), options="volunteering.options.skill_options", blank=True)
    causes = BitSetField(_("causes"), options="volunteering.options.cause_options", blank=True)
    availability = BitSetField(
        _("when you are free"), options="volunteering.options.weekly_slot_options"
    )
    languages = BitSetField(
        _("languages you speak"), options="volunteering.options.language_options"
    )
    age_bracket = models.CharField(_("age"), max_length=5, choices=AgeBracket.choices)
    remote_ok = models.BooleanField(_("I can also help remotely"), default=False)
    discoverable = models.BooleanField(
        _("Organisations in the network may find me and contact me about offers"),
        default=False,
    )
    language_code = models.CharField(_("language"), max_length=8)
    created_at = models.DateTimeField(_("registered at"))
    confirmed_at = models.DateTimeField(_("e-mail confirmed at"), null=True, blank=True)
    last_active_at = models.DateTimeField(_("last active at"))
    inactivity_warned_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Part of every signed link; replacing it voids the links sent so far.
    token_nonce = models.CharField(max_length=32, default=new_token_nonce, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name = _("volunteer")
        verbose_name_plural = _("volunteers")
        constraints = [
            models.UniqueConstraint(Lower("email"), name="unique_volunteer_email"),
        ]
        indexes = [
            models.Index(fields=["confirmed_at", "created_at"], name="volunteer_confirmation"),
            models.Index(fields=["last_active_at"], name="volunteer_activity"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def lowest_age(self) -> int:
        return BRACKET_LOWEST_AGE[self.age_bracket]


class ConsentKind(models.TextChoices):
    DATA_PROCESSING = "DATA_PROCESSING", _("Processing of my data to match me with offers")
    DISCOVERABLE = "DISCOVERABLE", _("Organisations may find me and contact me")
    GUARDIAN = "GUARDIAN", _("A parent or guardian agrees to the registration")


class Consent(models.Model):
    """One consent as given: what, when, under which version of the notice, in which language.
    Withdrawing keeps the record and stamps `withdrawn_at`."""

    volunteer = models.ForeignKey(Volunteer, on_delete=models.CASCADE, related_name="consents")
    kind = models.CharField(max_length=20, choices=ConsentKind.choices)
    notice_version = models.CharField(max_length=20)
    language_code = models.CharField(max_length=8)
    given_at = models.DateTimeField()
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["given_at"]
        verbose_name = _("consent")
        verbose_name_plural = _("consents")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.notice_version})"


class InterestStatus(models.TextChoices):
    """One word per status, distinct in both languages ("Received" and "Accepted" were both
    "Przyjęte" once, so every new interest looked accepted). The context keeps these words
    apart from the same English words elsewhere (job applications)."""

    NEW = "NEW", pgettext_lazy("interest status", "Received")
    CONTACTED = "CONTACTED", pgettext_lazy("interest status", "In progress")
    ACCEPTED = "ACCEPTED", pgettext_lazy("interest status", "Accepted")
    DECLINED = "DECLINED", pgettext_lazy("interest status", "Declined")
    WITHDRAWN = "WITHDRAWN", pgettext_lazy("interest status", "Withdrawn")


class Interest(models.Model):
    """A volunteer's "I'm interested" in one offer."""

    volunteer = models.ForeignKey(
        Volunteer, on_delete=models.CASCADE, related_name="interests", verbose_name=_("volunteer")
    )
    offer = models.ForeignKey(
        "volunteering.VolunteerOfferPage",
        on_delete=models.CASCADE,
        related_name="interests",
        verbose_name=_("offer"),
    )
    message = models.TextField(_("message to the coordinator"), blank=True, max_length=2000)
    status = models.CharField(
        _("status"), max_length=10, choices=InterestStatus.choices, default=InterestStatus.NEW
    )
    created_at = models.DateTimeField(_("expressed at"))
    status_changed_at = models.DateTimeField(_("status changed at"), null=True, blank=True)
    # The "nobody left waiting" steps (volunteering.reminders), each stamped once when claimed.
    coordinator_reminded_at = models.DateTimeField(null=True, blank=True, editable=False)
    escalated_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("expression of interest")
        verbose_name_plural = _("expressions of interest")
        constraints = [
            models.UniqueConstraint(fields=["volunteer", "offer"], name="unique_interest"),
        ]

    def __str__(self) -> str:
        return f"{self.volunteer} – {self.offer}"


class InterestNote(models.Model):
    """An internal note on an interest, for the organisation's editors only: never sent to
    the volunteer, never in their data export, erased with them."""

    interest = models.ForeignKey(Interest, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    text = models.TextField(_("note"), max_length=4000)
    created_at = models.DateTimeField(_("written at"))

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("internal note")
        verbose_name_plural = _("internal notes")

    def __str__(self) -> str:
        return self.text[:50]


class MatchingState(models.Model):
    """One row per matching index ("offers", "volunteers"): its generation goes up with every
    change, so each server process knows when its in-memory copy is stale."""

    key = models.CharField(max_length=20, primary_key=True)
    generation = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.key}: {self.generation}"
