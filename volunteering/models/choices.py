"""The offer page's choices, in a module of their own so that the modules below the page
model (forms, services, profiles) can use them without importing the page."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ScheduleKind(models.TextChoices):
    ONE_OFF = "ONE_OFF", _("One-off, on given dates")
    WEEKLY = "WEEKLY", _("Regular, at set times each week")
    FLEXIBLE = "FLEXIBLE", _("Flexible, when it suits the volunteer")


class OfferPlace(models.TextChoices):
    ON_SITE = "ON_SITE", _("On site")
    REMOTE = "REMOTE", _("Remote")
