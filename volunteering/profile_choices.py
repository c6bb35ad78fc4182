"""Vocabularies fixed in code: spoken languages and age brackets. Each language is a bit so a
set of them is one integer, like skills, causes and weekly slots."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SpokenLanguage(models.TextChoices):
    POLISH = "pl", _("Polish")
    ENGLISH = "en", _("English")
    UKRAINIAN = "uk", _("Ukrainian")
    GERMAN = "de", _("German")
    FRENCH = "fr", _("French")
    SPANISH = "es", _("Spanish")
    ITALIAN = "it", _("Italian")
    RUSSIAN = "ru", _("Russian")
    BELARUSIAN = "be", _("Belarusian")
    POLISH_SIGN_LANGUAGE = "pjm", _("Polish Sign Language")


LANGUAGE_BITS = {code: 1 << position for position, code in enumerate(SpokenLanguage.values)}


def language_mask(codes) -> int:
    mask = 0
    for code in codes:
        mask |= LANGUAGE_BITS[code]
    return mask


def language_codes(mask: int) -> list[str]:
    return [code for code, bit in LANGUAGE_BITS.items() if mask & bit]


def language_names(mask: int) -> list[str]:
    return [str(SpokenLanguage(code).label) for code in language_codes(mask)]


class AgeBracket(models.TextChoices):
    AGE_13_15 = "13-15", _("13–15 (with a parent's or guardian's consent)")
    AGE_16_17 = "16-17", _("16–17")
    AGE_18_29 = "18-29", _("18–29")
    AGE_30_49 = "30-49", _("30–49")
    AGE_50_64 = "50-64", _("50–64")
    AGE_65_PLUS = "65+", _("65 or more")


ADULT_AGE = 18
# The youngest age in each bracket: an offer's minimum age is checked against it, so a
# 16–17 bracket never qualifies for an 18+ offer.
BRACKET_LOWEST_AGE = {
    AgeBracket.AGE_13_15: 13,
    AgeBracket.AGE_16_17: 16,
    AgeBracket.AGE_18_29: 18,
    AgeBracket.AGE_30_49: 30,
    AgeBracket.AGE_50_64: 50,
    AgeBracket.AGE_65_PLUS: 65,
}
# Under this age a child cannot consent alone to online data processing in Poland (GDPR art. 8
# with the Polish threshold of 16), so registration asks for a guardian's consent.
DIGITAL_CONSENT_AGE = 16
