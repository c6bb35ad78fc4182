"""Matches and exclusions in words, in the active language: "3 of 4 required skills;
free Tuesday – evening; 4.2 km away; missing: Ukrainian"."""

from dataclasses import dataclass

from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, ngettext

from pages.geo import km_away
from volunteering import slots
from volunteering.matching import Exclusion, Match
from volunteering.profile_choices import language_names
from volunteering.vocabulary import names


@dataclass(frozen=True)
class Reason:
    text: str
    met: bool


def _terms(model_name: str, mask: int) -> str:
    return ", ".join(names(model_name, mask))


def explain_match(found: Match) -> list[Reason]:
    reasons = []
    required = found.parts["required_skills"]
    if required.wanted:
        reasons.append(
            Reason(
                ngettext(
                    "%(matched)s of %(wanted)s required skill",
                    "%(matched)s of %(wanted)s required skills",
                    required.wanted,
                )
                % {"matched": required.matched, "wanted": required.wanted},
                met=required.matched == required.wanted,
            )
        )
        if required.missing_mask:
            reasons.append(
                Reason(
                    _("missing: %(terms)s") % {"terms": _terms("skill", required.missing_mask)},
                    met=False,
                )
            )
    nice = found.parts["nice_skills"]
    if nice.matched:
        reasons.append(
            Reason(
                _("also useful: %(terms)s") % {"terms": _terms("skill", nice.matched_mask)},
                met=True,
            )
        )
    causes = found.parts["causes"]
    if causes.matched:
        reasons.append(
            Reason(
                _("shared causes: %(terms)s") % {"terms": _terms("cause", causes.matched_mask)},
                met=True,
            )
        )
    elif causes.wanted:
        reasons.append(Reason(_("not among your causes"), met=False))
    if found.flexible:
        reasons.append(Reason(_("flexible hours"), met=True))
    else:
        reasons.append(
            Reason(
                _("free %(slots)s")
                % {"slots": slots.describe(found.parts["availability"].matched_mask)},
                met=True,
            )
        )
    if found.remote:
        reasons.append(Reason(_("remote"), met=True))
    elif found.distance_km is not None:
        reasons.append(Reason(distance_words(found.distance_km), met=True))
    return reasons


# Under half a kilometre the distance is the place itself ("0,0 km stąd" read as a bug).
SAME_PLACE_KM = 0.5
# Lower bounds of the words for a score, best first.
MATCH_WORDS = (
    (0.8, gettext_noop("Very good match")),
    (0.6, gettext_noop("Good match")),
    (0.4, gettext_noop("Partial match")),
    (0.0, gettext_noop("Weak match")),
)


def distance_words(distance_km: float) -> str:
    if distance_km < SAME_PLACE_KM:
        return _("in your town")
    return km_away(distance_km)


def match_summary(score: float) -> str:
    """ "Bardzo dobre dopasowanie · 90 %": the score (0 to 1) as words and a percentage."""
    label = next(_(words) for bound, words in MATCH_WORDS if score >= bound)
    percent = formats.number_format(round(score * 100))
    # Polish sets a space before the per cent sign, English does not: the catalogue decides.
    return _("%(label)s · %(percent)s%%") % {"label": label, "percent": percent}


def split_by_fit(items: list, *, threshold: float) -> tuple[list, list]:
    """Recommendations at or above the threshold, and the rest ("may also interest you"),
    each in the order given."""
    fit = [item for item in items if item.match.score >= threshold]
    return fit, [item for item in items if item.match.score < threshold]


def explain_exclusion(exclusion: Exclusion) -> Reason:
    if exclusion.rule == "languages":
        languages = ", ".join(language_names(exclusion.missing_mask))
        return Reason(_("missing: %(terms)s") % {"terms": languages}, met=False)
    if exclusion.rule == "distance":
        return Reason(
            _("too far: %(km)s") % {"km": km_away(exclusion.distance_km)},
            met=False,
        )
    texts = {
        "open": _("the offer is closed or full"),
        "age": _("below the minimum age"),
        "schedule": _("not free at the times needed"),
        "remote": _("does not want to help remotely"),
    }
    return Reason(texts[exclusion.rule], met=False)


def summary(reasons: list[Reason]) -> str:
    return "; ".join(reason.text for reason in reasons)


def reasons(found: Match | None, excluded: list[Exclusion]) -> list[Reason]:
    """Why a pair matches, or why it does not."""
    if found is not None:
        return explain_match(found)
    return [explain_exclusion(exclusion) for exclusion in excluded]
