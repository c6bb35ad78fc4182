"""English as the site writes it (British): "1 December 2026, 18:00", not Django's American
"Dec. 1, 2026, 6 p.m.". Input formats stay Django's English ones, so forms accept the same."""

from django.conf.locale.en.formats import *  # noqa: F403

DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
