"""The matching rules of matching.py over whole columns at once.

Offers and volunteers are held as NumPy arrays (bit sets for skills, causes, languages and
weekly slots; coordinates in degrees), so ranking 100,000 volunteers is a handful of vector
operations instead of 100,000 Python calls. The arrays are filled from the compact columns
kept on the rows themselves (one query, no model instances) and rebuilt when the row's
MatchingState generation moves on, which every save and delete of an offer or volunteer does.
The top results are then explained with the per-pair code, which is the reference.
"""

import threading
from dataclasses import dataclass

import numpy as np

from pages.geo import EARTH_RADIUS_KM
from volunteering.matching import weighted_score
from volunteering.profile_choices import ADULT_AGE


def popcount(values: np.ndarray) -> np.ndarray:
    return np.bitwise_count(values.astype(np.uint64, copy=False)).astype(np.float64)


def share(have: np.ndarray, wanted) -> np.ndarray:
    """Share of `wanted` bits present in `have`; 1 where nothing is wanted."""
    wanted_count = popcount(np.asarray(wanted, dtype=np.int64))
    matched = popcount(np.bitwise_and(have, wanted))
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(wanted_count == 0, 1.0, matched / np.maximum(wanted_count, 1))


def haversine(lat1, lon1, lat2, lon2) -> np.ndarray:
    """pages.geo.distance_km on arrays (degrees in), step for step, so both give the same
    kilometres; the volunteer's point comes first in both."""
    phi1, phi2 = np.radians(lat1), np.radians(lat2)
    d_phi, d_lambda = phi2 - phi1, np.radians(lon2 - lon1)
    a = np.sin(d_phi / 2) ** 2 + np.cos(phi1) * np.cos(phi2) * np.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(a))


def _top(scores: np.ndarray, ids: np.ndarray, limit: int) -> list[tuple[int, float]]:
    """Highest scores first, ties by the lower id, as matching.ranking_key orders them."""
    if len(scores) > limit * 4:
        # Only the best candidates need a full sort: everything scoring at least the
        # limit-th best score (ties included) is kept.
        threshold = np.partition(scores, len(scores) - limit)[len(scores) - limit]
        keep = scores >= threshold
        scores, ids = scores[keep], ids[keep]
    order = np.lexsort((ids, -scores))[:limit]
    return [(int(ids[i]), float(scores[i])) for i in order]


@dataclass
class OfferArrays:
    ids: np.ndarray
    locale_ids: np.ndarray
    required_skills: np.ndarray
    nice_skills: np.ndarray
    causes: np.ndarray
    slots: np.ndarray
    flexible: np.ndarray
    remote: np.ndarray
    lat: np.ndarray
    lon: np.ndarray
    minimum_age: np.ndarray
    minors_ok: np.ndarray
    languages: np.ndarray
    # Open is decided against the clock at query time: deadline (as an ordinal day, with
    # a large number for "no deadline") and places.
    deadline_day: np.ndarray
    has_places: np.ndarray


@dataclass
class VolunteerArrays:
    ids: np.ndarray
    skills: np.ndarray
    causes: np.ndarray
    availability: np.ndarray
    languages: np.ndarray
    lowest_age: np.ndarray
    lat: np.ndarray
    lon: np.ndarray
    travel_km: np.ndarray
    remote_ok: np.ndarray
    discoverable: np.ndarray


NO_DEADLINE = 10**9


def offer_arrays(rows: list[tuple]) -> OfferArrays:
    """Rows of (id, locale_id, required, nice, causes, slots, flexible, remote, lat, lon,
    minimum_age, minors_ok, languages, deadline ordinal or None, has_places)."""
    columns = list(zip(*rows, strict=True)) if rows else [()] * 15

    def ints(i, dtype=np.int64):
        return np.array(columns[i], dtype=dtype)

    def degrees(i):
        return np.array([v if v is not None else np.nan for v in columns[i]], float)

    return OfferArrays(
        ids=ints(0),
        locale_ids=ints(1),
        required_skills=ints(2),
        nice_skills=ints(3),
        causes=ints(4),
        slots=ints(5),
        flexible=ints(6, bool),
        remote=ints(7, bool),
        lat=degrees(8),
        lon=degrees(9),
        minimum_age=ints(10),
        minors_ok=ints(11, bool),
        languages=ints(12),
        deadline_day=np.array([NO_DEADLINE if v is None else v for v in columns[13]], np.int64),
        has_places=ints(14, bool),
    )


def volunteer_arrays(rows: list[tuple]) -> VolunteerArrays:
    """Rows of (id, skills, causes, availability, languages, lowest_age, lat, lon, travel_km,
    remote_ok, discoverable)."""
    columns = list(zip(*rows, strict=True)) if rows else [()] * 11

    def ints(i, dtype=np.int64):
        return np.array(columns[i], dtype=dtype)

    return VolunteerArrays(
        ids=ints(0),
        skills=ints(1),
        causes=ints(2),
        availability=ints(3),
        languages=ints(4),
        lowest_age=ints(5),
        lat=np.array(columns[6], float),
        lon=np.array(columns[7], float),
        travel_km=ints(8).astype(np.float64),
        remote_ok=ints(9, bool),
        discoverable=ints(10, bool),
    )


def rank_offers(
    offers: OfferArrays,
    volunteer,
    *,
    today_ordinal: int,
    limit: int,
    locale_id: int | None = None,
) -> list[tuple[int, float]]:
    """The best open offers for one volunteer (a matching.VolunteerProfile): (id, score)."""
    o = offers
    with np.errstate(invalid="ignore"):
        # Remote offers have no point (NaN); their distance is never used.
        distance = haversine(volunteer.latitude, volunteer.longitude, o.lat, o.lon)
    eligible = (o.deadline_day >= today_ordinal) & o.has_places
    if locale_id is not None:
        eligible &= o.locale_ids == locale_id
    eligible &= o.minimum_age <= volunteer.lowest_age
    if volunteer.lowest_age < ADULT_AGE:
        eligible &= o.minors_ok
    eligible &= (o.languages & ~volunteer.languages) == 0
    eligible &= o.flexible | ((o.slots & volunteer.availability) != 0)
    if volunteer.remote_ok:
        eligible &= o.remote | (distance <= volunteer.travel_km)
    else:
        eligible &= ~o.remote & (distance <= volunteer.travel_km)
    index = np.flatnonzero(eligible)
    if len(index) == 0:
        return []
    skills = np.int64(volunteer.skills)
    decay = np.where(
        o.remote[index],
        1.0,
        np.maximum(0.0, 1.0 - distance[index] / max(volunteer.travel_km, 1)),
    )
    availability = np.where(
        o.flexible[index], 1.0, share(np.int64(volunteer.availability), o.slots[index])
    )
    scores = weighted_score(
        {
            "required_skills": share(skills, o.required_skills[index]),
            "nice_skills": share(skills, o.nice_skills[index]),
            "causes": share(np.int64(volunteer.causes), o.causes[index]),
            "availability": availability,
            "distance": decay,
        }
    )
    return _top(scores, o.ids[index], limit)


def rank_volunteers(
    volunteers: VolunteerArrays,
    offer,
    *,
    limit: int,
    interested_ids: np.ndarray | None = None,
) -> list[tuple[int, float]]:
    """The best volunteers for one open offer (a matching.OfferProfile): (id, score). Only
    those who agreed to be found or who are in `interested_ids` are candidates."""
    v = volunteers
    if not offer.is_open:
        return []
    candidate = v.discoverable.copy()
    if interested_ids is not None and len(interested_ids):
        candidate |= np.isin(v.ids, interested_ids)
    eligible = candidate & (v.lowest_age >= offer.minimum_age)
    if not offer.minors_ok:
        eligible &= v.lowest_age >= ADULT_AGE
    eligible &= (np.int64(offer.languages) & ~v.languages) == 0
    if not offer.flexible:
        eligible &= (v.availability & offer.slots) != 0
    if offer.remote:
        eligible &= v.remote_ok
    index = np.flatnonzero(eligible)
    if offer.remote:
        decay = np.ones(len(index))
    else:
        # The distance is computed only for the volunteers every other rule let through, and
        # only inside the latitude band their travel reaches (a great circle is never shorter
        # than its north-south part, R·|Δφ|; the band is widened by 0.1 % against rounding).
        # Over all 1M volunteers per offer, the trigonometry alone put `make bench-scale`'s
        # top-50 question at 52 ms p95 against the 50; the same rows and scores come out.
        north_south = EARTH_RADIUS_KM * np.radians(np.abs(v.lat[index] - offer.latitude))
        index = index[north_south <= v.travel_km[index] * 1.001]
        distance = haversine(v.lat[index], v.lon[index], offer.latitude, offer.longitude)
        near = distance <= v.travel_km[index]
        index, distance = index[near], distance[near]
        decay = np.maximum(0.0, 1.0 - distance / np.maximum(v.travel_km[index], 1))
    if len(index) == 0:
        return []
    skills = v.skills[index]
    availability = (
        np.ones(len(index)) if offer.flexible else share(v.availability[index], offer.slots)
    )
    scores = weighted_score(
        {
            "required_skills": share(skills, offer.required_skills),
            "nice_skills": share(skills, offer.nice_skills),
            "causes": share(v.causes[index], offer.causes),
            "availability": availability,
            "distance": decay,
        }
    )
    return _top(scores, v.ids[index], limit)


class GenerationCache:
    """A per-process copy of arrays, reloaded when the database generation moves on."""

    def __init__(self, load):
        self.load = load
        self.generation = None
        self.value = None
        self.lock = threading.Lock()

    def clear(self) -> None:
        with self.lock:
            self.generation, self.value = None, None

    def get(self, generation: int):
        if self.generation != generation or self.value is None:
            with self.lock:
                if self.generation != generation or self.value is None:
                    self.value = self.load()
                    self.generation = generation
        return self.value
