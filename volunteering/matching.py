"""Two-way matching of volunteers and offers: hard rules, then a weighted score, each result
with its explanation. Pure functions over small profiles; no database, no clock.

Hard rules (any one failing excludes the pair):
  age        the volunteer's age bracket starts at or above the offer's minimum age, and
             under-18s only for offers suitable for minors;
  languages  the volunteer speaks every language the offer requires;
  schedule   the volunteer is free at one of the offer's times at least (flexible offers pass);
  distance   within the volunteer's travel distance; remote offers instead need a volunteer
             who said they can help remotely;
  open       the offer is live, before its deadline and has a place left (the caller decides,
             with the clock, and passes `is_open`).

Score in [0, 1]: the weighted sum of the parts in WEIGHTS, each in [0, 1]. A part the offer
asks nothing of (no nice-to-have skills, say) counts as fully met, so it neither helps nor
hurts one offer against another. Scores are rounded to 4 places so that the vectorised
ranking (match_index.py) and this per-pair code order results identically.
"""

from dataclasses import dataclass, field

import numpy as np

from pages.geo import distance_km
from volunteering.profile_choices import ADULT_AGE

# How much each part counts. They sum to 1, so the score stays in [0, 1]. Required skills
# weigh most: without them the volunteer cannot do the task; causes and time next, as people
# stay with causes they care about at times that suit them; distance last, since the hard
# rule already keeps every match within the volunteer's range.
WEIGHTS = {
    "required_skills": 0.35,
    "causes": 0.20,
    "availability": 0.20,
    "distance": 0.15,
    "nice_skills": 0.10,
}
SCORE_DECIMALS = 4
# The order the parts are added in.
PARTS = ("required_skills", "nice_skills", "causes", "availability", "distance")


@dataclass(frozen=True)
class OfferProfile:
    id: int
    required_skills: int
    nice_skills: int
    causes: int
    slots: int
    flexible: bool
    remote: bool
    latitude: float | None
    longitude: float | None
    minimum_age: int
    minors_ok: bool
    languages: int
    is_open: bool = True


@dataclass(frozen=True)
class VolunteerProfile:
    id: int
    skills: int
    causes: int
    availability: int
    languages: int
    lowest_age: int
    latitude: float
    longitude: float
    travel_km: int
    remote_ok: bool


@dataclass(frozen=True)
class Part:
    key: str
    value: float
    matched: int = 0
    wanted: int = 0
    matched_mask: int = 0
    missing_mask: int = 0


@dataclass(frozen=True)
class Exclusion:
    rule: str
    missing_mask: int = 0
    distance_km: float | None = None


@dataclass(frozen=True)
class Match:
    offer_id: int
    volunteer_id: int
    score: float
    parts: dict[str, Part] = field(default_factory=dict)
    distance_km: float | None = None
    flexible: bool = False
    remote: bool = False


def popcount(mask: int) -> int:
    return mask.bit_count()


def share(have: int, wanted: int) -> tuple[float, int, int]:
    wanted_count = popcount(wanted)
    if wanted_count == 0:
        return 1.0, 0, 0
    matched = popcount(have & wanted)
    return matched / wanted_count, matched, wanted_count


def offer_distance(offer: OfferProfile, volunteer: VolunteerProfile) -> float | None:
    if offer.remote:
        return None
    return distance_km(volunteer.latitude, volunteer.longitude, offer.latitude, offer.longitude)


def exclusions(
    offer: OfferProfile, volunteer: VolunteerProfile, distance: float | None = None
) -> list[Exclusion]:
    """Every hard rule the pair breaks (empty when they may be matched)."""
    found = []
    if not offer.is_open:
        found.append(Exclusion("open"))
    too_young = volunteer.lowest_age < offer.minimum_age
    minor_not_allowed = volunteer.lowest_age < ADULT_AGE and not offer.minors_ok
    if too_young or minor_not_allowed:
        found.append(Exclusion("age"))
    if missing := offer.languages & ~volunteer.languages:
        found.append(Exclusion("languages", missing_mask=missing))
    if not offer.flexible and not (offer.slots & volunteer.availability):
        found.append(Exclusion("schedule"))
    if offer.remote:
        if not volunteer.remote_ok:
            found.append(Exclusion("remote"))
    else:
        if distance is None:
            distance = offer_distance(offer, volunteer)
        if distance > volunteer.travel_km:
            found.append(Exclusion("distance", distance_km=distance))
    return found


def match(offer: OfferProfile, volunteer: VolunteerProfile) -> Match | None:
    """The scored match of one pair, or None when a hard rule excludes it."""
    found, _excluded = evaluate(offer, volunteer)
    return found


def evaluate(
    offer: OfferProfile, volunteer: VolunteerProfile
) -> tuple[Match | None, list[Exclusion]]:
    """The match of one pair, or no match and the hard rules it breaks."""
    distance = offer_distance(offer, volunteer)
    if excluded := exclusions(offer, volunteer, distance):
        return None, excluded
    parts = {}
    for key, have, wanted in (
        ("required_skills", volunteer.skills, offer.required_skills),
        ("nice_skills", volunteer.skills, offer.nice_skills),
        ("causes", volunteer.causes, offer.causes),
    ):
        value, matched, wanted_count = share(have, wanted)
        parts[key] = Part(
            key,
            value,
            matched,
            wanted_count,
            matched_mask=have & wanted,
            missing_mask=wanted & ~have,
        )
    if offer.flexible:
        parts["availability"] = Part("availability", 1.0)
    else:
        value, matched, wanted_count = share(volunteer.availability, offer.slots)
        parts["availability"] = Part(
            "availability",
            value,
            matched,
            wanted_count,
            matched_mask=volunteer.availability & offer.slots,
        )
    parts["distance"] = Part("distance", distance_decay(distance, volunteer.travel_km))
    found = Match(
        offer_id=offer.id,
        volunteer_id=volunteer.id,
        score=float(weighted_score({key: part.value for key, part in parts.items()})),
        parts=parts,
        distance_km=distance,
        flexible=offer.flexible,
        remote=offer.remote,
    )
    return found, []


def weighted_score(values):
    """The score from the parts' values: floats for one pair, or NumPy arrays for a whole
    column (match_index.py). Both go through these same additions in PARTS order and NumPy's
    rounding, so one pair scores exactly the same either way."""
    total = 0.0
    for key in PARTS:
        total = total + WEIGHTS[key] * values[key]
    return np.round(total, SCORE_DECIMALS)


def distance_decay(distance: float | None, travel_km: int) -> float:
    """1 next door, falling linearly to 0 at the edge of the volunteer's range; remote is 1."""
    if distance is None:
        return 1.0
    return max(0.0, 1.0 - distance / max(travel_km, 1))


def ranking_key(score: float, other_id: int) -> tuple[float, int]:
    # Higher scores first; ties go to the older record, so the order never flickers.
    return (-score, other_id)


def rank_offers_loop(
    volunteer: VolunteerProfile, offers: list[OfferProfile], *, limit: int
) -> list[Match]:
    """The straightforward ranking, one pair at a time (the benchmark's reference)."""
    matches = [found for offer in offers if (found := match(offer, volunteer))]
    matches.sort(key=lambda m: ranking_key(m.score, m.offer_id))
    return matches[:limit]


def rank_volunteers_loop(
    offer: OfferProfile, volunteers: list[VolunteerProfile], *, limit: int
) -> list[Match]:
    matches = [found for volunteer in volunteers if (found := match(offer, volunteer))]
    matches.sort(key=lambda m: ranking_key(m.score, m.volunteer_id))
    return matches[:limit]
