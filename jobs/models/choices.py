"""The page model's choices, in a module of their own so that the modules below the page
model (forms, services, JSON-LD) can use them without importing the page."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EmploymentType(models.TextChoices):
    EMPLOYMENT_CONTRACT = "EMPLOYMENT_CONTRACT", _("Employment contract")
    MANDATE_CONTRACT = "MANDATE_CONTRACT", _("Contract of mandate")
    SPECIFIC_WORK_CONTRACT = "SPECIFIC_WORK_CONTRACT", _("Contract for specific work")
    B2B = "B2B", _("B2B contract")
    INTERNSHIP = "INTERNSHIP", _("Internship")
    VOLUNTEER = "VOLUNTEER", _("Volunteer")


class WorkingTime(models.TextChoices):
    FULL_TIME = "FULL_TIME", _("Full time")
    PART_TIME = "PART_TIME", _("Part time")


class WorkMode(models.TextChoices):
    ON_SITE = "ON_SITE", _("On site")
    HYBRID = "HYBRID", _("Hybrid")
    REMOTE = "REMOTE", _("Remote")


class SalaryBasis(models.TextChoices):
    GROSS = "GROSS", _("gross")
    NET = "NET", _("net")


class SalaryPeriod(models.TextChoices):
    MONTH = "MONTH", _("per month")
    HOUR = "HOUR", _("per hour")


class ApplyMethod(models.TextChoices):
    FORM = "FORM", _("Form on this site")
    EMAIL = "EMAIL", _("By e-mail")
    LINK = "LINK", _("On an external site")
