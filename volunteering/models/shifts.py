"""Shifts of a volunteer offer: a one-off shift or the occurrences of a weekly series, the
volunteers signed up for each (or waiting), their attendance and hours.

Shifts hang off one offer page; every translation of the offer shows the shifts of its
translation key, as interests do."""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from volunteering import shifts as rules
from volunteering.models.choices import OfferPlace


class ShiftSeries(models.Model):
    """A weekly series: one shift every given weekday between two dates, except the dates
    listed. Saving it (volunteering.shift_services.generate_series) creates the shifts."""

    offer = models.ForeignKey(
        "volunteering.VolunteerOfferPage",
        on_delete=models.CASCADE,
        related_name="shift_series",
        verbose_name=_("offer"),
    )
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=rules.WEEKDAY_CHOICES)
    start_time = models.TimeField(_("starts at"), help_text=_("Polish time."))
    end_time = models.TimeField(_("ends at"), help_text=_("Polish time."))
    first_date = models.DateField(_("first day"))
    last_date = models.DateField(_("last day"))
    skipped_dates = models.TextField(
        _("dates without a shift"),
        blank=True,
        help_text=_("One date a line (YYYY-MM-DD): holidays and other exceptions."),
    )
    place = models.CharField(
        _("where"), max_length=10, choices=OfferPlace.choices, default=OfferPlace.ON_SITE
    )
    location = models.CharField(_("place"), max_length=200, blank=True)
    capacity = models.PositiveSmallIntegerField(_("places"), default=4)
    minimum_headcount = models.PositiveSmallIntegerField(_("minimum headcount"), default=1)
    role = models.CharField(_("role"), max_length=100, blank=True)

    class Meta:
        ordering = ["first_date", "weekday", "start_time"]
        verbose_name = _("weekly shift series")
        verbose_name_plural = _("weekly shift series")

    def __str__(self) -> str:
        return f"{self.offer} – {self.get_weekday_display()} {self.start_time:%H:%M}"

    def clean(self):
        super().clean()
        errors = {}
        try:
            rules.parse_dates(self.skipped_dates)
        except ValueError:
            errors["skipped_dates"] = _("Write each date as YYYY-MM-DD, one a line.")
        if self.first_date and self.last_date and self.last_date < self.first_date:
            errors["last_date"] = _("The last day cannot be before the first.")
        elif (
            self.first_date
            and self.last_date
            and (self.last_date - self.first_date).days > rules.SERIES_MAX_DAYS
        ):
            errors["last_date"] = _("A series can last at most a year; add another after it.")
        errors.update(_capacity_errors(self))
        if errors:
            raise ValidationError(errors)

    @property
    def skipped(self) -> set:
        return set(rules.parse_dates(self.skipped_dates))


class Shift(models.Model):
    offer = models.ForeignKey(
        "volunteering.VolunteerOfferPage",
        on_delete=models.CASCADE,
        related_name="shifts",
        verbose_name=_("offer"),
    )
    series = models.ForeignKey(
        ShiftSeries,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="shifts",
        verbose_name=_("series"),
        editable=False,
    )
    start_at = models.DateTimeField(_("starts at"))
    end_at = models.DateTimeField(_("ends at"))
    place = models.CharField(
        _("where"), max_length=10, choices=OfferPlace.choices, default=OfferPlace.ON_SITE
    )
    location = models.CharField(_("place"), max_length=200, blank=True)
    capacity = models.PositiveSmallIntegerField(_("places"), default=4)
    minimum_headcount = models.PositiveSmallIntegerField(_("minimum headcount"), default=1)
    role = models.CharField(_("role"), max_length=100, blank=True)

    class Meta:
        ordering = ["start_at"]
        verbose_name = _("shift")
        verbose_name_plural = _("shifts")
        constraints = [
            models.UniqueConstraint(
                fields=["series", "start_at"],
                condition=Q(series__isnull=False),
                name="one_shift_per_series_occurrence",
            ),
            models.CheckConstraint(condition=Q(end_at__gt=models.F("start_at")), name="shift_ends"),
        ]

    def __str__(self) -> str:
        return f"{self.offer} – {rules.local_label(self.start_at, self.end_at)}"

    def clean(self):
        super().clean()
        errors = _capacity_errors(self)
        if self.start_at and self.end_at and self.end_at <= self.start_at:
            errors["end_at"] = _("A shift must end after it starts.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_remote(self) -> bool:
        return self.place == OfferPlace.REMOTE


def _capacity_errors(shift) -> dict:
    if shift.capacity < 1:
        return {"capacity": _("Offer at least one place.")}
    if shift.minimum_headcount > shift.capacity:
        return {"minimum_headcount": _("The minimum headcount cannot exceed the places.")}
    return {}


class SignupStatus(models.TextChoices):
    CONFIRMED = "CONFIRMED", _("Signed up")
    WAITING = "WAITING", _("On the waiting list")
    CANCELLED = "CANCELLED", _("Cancelled")


class ShiftSignup(models.Model):
    """A volunteer's place on a shift, or their turn on its waiting list (by `created_at`)."""

    shift = models.ForeignKey(
        Shift, on_delete=models.CASCADE, related_name="signups", verbose_name=_("shift")
    )
    volunteer = models.ForeignKey(
        "volunteering.Volunteer",
        on_delete=models.CASCADE,
        related_name="shift_signups",
        verbose_name=_("volunteer"),
    )
    status = models.CharField(_("status"), max_length=10, choices=SignupStatus.choices)
    created_at = models.DateTimeField(_("signed up at"))
    status_changed_at = models.DateTimeField(_("status changed at"))
    checked_in_at = models.DateTimeField(_("checked in at"), null=True, blank=True)
    checked_out_at = models.DateTimeField(_("checked out at"), null=True, blank=True)
    hours = models.DecimalField(_("hours"), max_digits=5, decimal_places=2, null=True, blank=True)
    hours_approved_at = models.DateTimeField(_("hours approved at"), null=True, blank=True)
    hours_approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("hours approved by"),
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("shift sign-up")
        verbose_name_plural = _("shift sign-ups")
        constraints = [
            # One live sign-up per volunteer and shift; cancelled ones stay as history.
            models.UniqueConstraint(
                fields=["shift", "volunteer"],
                condition=~Q(status=SignupStatus.CANCELLED),
                name="one_live_signup_per_shift",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.volunteer} – {self.shift}"


def new_calendar_token() -> str:
    return secrets.token_urlsafe(24)


class ShiftCalendar(models.Model):
    """The secret address of a volunteer's personal shift feed. Its own token, not the
    volunteer's link nonce: that changes at every sign-in, and a calendar subscription must
    keep working."""

    volunteer = models.OneToOneField(
        "volunteering.Volunteer", on_delete=models.CASCADE, related_name="shift_calendar"
    )
    token = models.CharField(max_length=40, unique=True, default=new_calendar_token)

    def __str__(self) -> str:
        return str(self.volunteer)


class ShiftReminder(models.Model):
    """A reminder queued for a sign-up, one per offset: the unique row is taken before the
    e-mail is queued, so a reminder is never sent twice, however often the command runs."""

    signup = models.ForeignKey(ShiftSignup, on_delete=models.CASCADE, related_name="reminders")
    hours_before = models.PositiveSmallIntegerField()
    queued_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["signup", "hours_before"], name="one_reminder_each"),
        ]

    def __str__(self) -> str:
        return f"{self.signup} – {self.hours_before} h"
