"""The event page's choices, in a module of their own so that the modules below the page
model (forms, services, JSON-LD) can use them without importing the page."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EventKind(models.TextChoices):
    CONFERENCE = "CONFERENCE", _("Conference")
    WORKSHOP = "WORKSHOP", _("Workshop")
    FORUM = "FORUM", _("Forum")
    STUDY_VISIT = "STUDY_VISIT", _("Study visit")
    SEMINAR = "SEMINAR", _("Seminar")


class AttendanceMode(models.TextChoices):
    IN_PERSON = "IN_PERSON", _("On site")
    ONLINE = "ONLINE", _("Online")
    MIXED = "MIXED", _("On site and online")


class RegistrationMode(models.TextChoices):
    NONE = "NONE", _("No registration needed")
    LINK = "LINK", _("External registration link")
    FORM = "FORM", _("Registration form on this site")
