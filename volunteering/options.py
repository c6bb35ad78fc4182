"""(key, label, mask) options for the bit-set fields, in the active language."""

from volunteering import slots
from volunteering.profile_choices import LANGUAGE_BITS, SpokenLanguage


def weekly_slot_options():
    return [
        (
            slots.slot_key(day, period),
            f"{slots.DAYS[day]} – {slots.PERIODS[period]}",
            slots.bit(day, period),
        )
        for day in range(len(slots.DAYS))
        for period in range(len(slots.PERIODS))
    ]


def period_options():
    return [
        (slots.PERIOD_KEYS[period], slots.PERIODS[period], 1 << period)
        for period in range(len(slots.PERIODS))
    ]


def language_options():
    return [
        (code, SpokenLanguage(code).label, LANGUAGE_BITS[code]) for code in SpokenLanguage.values
    ]


def _terms(model_name: str):
    from volunteering.vocabulary import active_language, terms

    return [(term.slug, term.name, term.mask) for term in terms(model_name, active_language())]


def skill_options():
    return _terms("skill")


def cause_options():
    return _terms("cause")
