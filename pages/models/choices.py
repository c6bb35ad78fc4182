"""Choices of the core's page types, in a module of their own below the page models: the
listings' filters (pages.filters) and feeds offer them without importing a page model module."""

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


class LegalForm(models.TextChoices):
    FOUNDATION = "FOUNDATION", _("Foundation")
    ASSOCIATION = "ASSOCIATION", _("Association")
    PUBLIC_CULTURE_INSTITUTION = "PUBLIC_CULTURE_INSTITUTION", _("Public culture institution")
    LOCAL_GOVERNMENT_UNIT = "LOCAL_GOVERNMENT_UNIT", _("Local government unit")
    SOCIAL_COOPERATIVE = "SOCIAL_COOPERATIVE", _("Social cooperative")
    NON_PROFIT_COMPANY = "NON_PROFIT_COMPANY", _("Non-profit company")
    INFORMAL_GROUP = "INFORMAL_GROUP", _("Informal group")
    OTHER = "OTHER", _("Other")


class RegistrationMode(models.TextChoices):
    NONE = "NONE", _("No registration needed")
    LINK = "LINK", _("External registration link")
    FORM = "FORM", _("Registration form on this site")


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "CONFIRMED", _("Registered")
    WAITLISTED = "WAITLISTED", _("On the waiting list")
    CANCELLED = "CANCELLED", _("Cancelled")
