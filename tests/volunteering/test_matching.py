"""Matching on hand-built cases: the expected ranking and explanation are written down here,
and every hard rule is shown excluding a case that otherwise fits. No database."""

import dataclasses
import random

import numpy as np
import pytest

from volunteering import match_index, slots
from volunteering.matching import (
    WEIGHTS,
    OfferProfile,
    VolunteerProfile,
    exclusions,
    match,
    rank_offers_loop,
    rank_volunteers_loop,
)
from volunteering.profile_choices import language_mask

# Skills and causes as bits.
FIRST_AID, GUIDING, PHOTO, TRANSLATION = 1, 2, 4, 8
SENIORS, HERITAGE, CHILDREN = 1, 2, 4
TUESDAY_EVENING = slots.bit(1, 2)
SATURDAY_MORNING = slots.bit(5, 0)
KRAKOW = (50.0647, 19.9450)
SKAWINA = (49.9753, 19.8283)  # about 13 km from Kraków
TARNOW = (50.0121, 20.9858)  # about 75 km from Kraków


def offer(**changes) -> OfferProfile:
    base = OfferProfile(
        id=1,
        required_skills=GUIDING | FIRST_AID,
        nice_skills=PHOTO,
        causes=HERITAGE,
        slots=TUESDAY_EVENING | SATURDAY_MORNING,
        flexible=False,
        remote=False,
        latitude=KRAKOW[0],
        longitude=KRAKOW[1],
        minimum_age=18,
        minors_ok=False,
        languages=language_mask(["pl"]),
    )
    return dataclasses.replace(base, **changes)


def volunteer(**changes) -> VolunteerProfile:
    base = VolunteerProfile(
        id=1,
        skills=GUIDING | FIRST_AID | PHOTO,
        causes=HERITAGE,
        availability=TUESDAY_EVENING,
        languages=language_mask(["pl"]),
        lowest_age=30,
        latitude=SKAWINA[0],
        longitude=SKAWINA[1],
        travel_km=20,
        remote_ok=False,
    )
    return dataclasses.replace(base, **changes)


def test_weights_sum_to_one():
    assert sum(WEIGHTS.values()) == pytest.approx(1.0)


def test_a_full_fit_scores_by_its_parts():
    found = match(offer(), volunteer())

    assert found.parts["required_skills"].matched == 2
    assert found.parts["nice_skills"].value == 1.0
    assert found.parts["causes"].value == 1.0
    # Free at one of the offer's two times.
    assert found.parts["availability"].value == 0.5
    assert found.distance_km == pytest.approx(13.0, abs=0.5)
    distance_part = 1 - found.distance_km / 20
    expected = 0.35 + 0.10 + 0.20 + 0.20 * 0.5 + 0.15 * distance_part
    assert found.score == pytest.approx(expected, abs=1e-4)


@pytest.mark.parametrize(
    ("rule", "offer_changes", "volunteer_changes"),
    [
        ("age", {"minimum_age": 40}, {}),
        ("age", {"minimum_age": 16, "minors_ok": False}, {"lowest_age": 16}),
        ("languages", {"languages": language_mask(["pl", "uk"])}, {}),
        ("schedule", {"slots": SATURDAY_MORNING}, {"availability": TUESDAY_EVENING}),
        ("distance", {"latitude": TARNOW[0], "longitude": TARNOW[1]}, {}),
        ("remote", {"remote": True, "latitude": None, "longitude": None}, {"remote_ok": False}),
        ("open", {"is_open": False}, {}),
    ],
)
def test_each_hard_rule_excludes_a_pair_that_otherwise_fits(rule, offer_changes, volunteer_changes):
    assert match(offer(), volunteer()) is not None
    subject, candidate = offer(**offer_changes), volunteer(**volunteer_changes)

    assert match(subject, candidate) is None
    assert [e.rule for e in exclusions(subject, candidate)] == [rule]


def test_minors_may_join_offers_suitable_for_them():
    teen = volunteer(lowest_age=16)

    assert match(offer(minimum_age=16, minors_ok=True), teen) is not None
    assert match(offer(minimum_age=18, minors_ok=True), teen) is None


def test_flexible_and_remote_offers_pass_time_and_place():
    anywhere = offer(flexible=True, remote=True, latitude=None, longitude=None, slots=0)
    found = match(anywhere, volunteer(remote_ok=True, availability=SATURDAY_MORNING))

    assert found.parts["availability"].value == 1.0
    assert found.parts["distance"].value == 1.0


def test_missing_language_is_named():
    (exclusion,) = exclusions(offer(languages=language_mask(["pl", "uk"])), volunteer())

    assert exclusion.missing_mask == language_mask(["uk"])


def test_hand_built_ranking_of_offers_for_one_volunteer():
    anna = volunteer(remote_ok=True)
    candidates = [
        # Everything fits, close by: first.
        offer(id=10, nice_skills=PHOTO, slots=TUESDAY_EVENING),
        # Misses one of two required skills: lower.
        offer(id=11, required_skills=GUIDING | TRANSLATION, slots=TUESDAY_EVENING),
        # Remote and flexible, but a different cause and no nice-to-have match.
        offer(
            id=12,
            remote=True,
            flexible=True,
            latitude=None,
            longitude=None,
            causes=CHILDREN,
            nice_skills=TRANSLATION,
        ),
        # Too far: excluded.
        offer(id=13, latitude=TARNOW[0], longitude=TARNOW[1]),
        # Needs Ukrainian: excluded.
        offer(id=14, languages=language_mask(["pl", "uk"])),
    ]

    ranked = rank_offers_loop(anna, candidates, limit=10)

    # Skawina–Kraków is 12.97 km, so the distance part is 1 - 12.97/20 = 0.3513.
    # 10: 0.35 + 0.10 + 0.20 + 0.20 + 0.15 * 0.3513                 = 0.9027
    # 11: 0.35 * 1/2 + 0.10 + 0.20 + 0.20 + 0.15 * 0.3513           = 0.7277
    # 12: 0.35 + 0 (nice skill) + 0 (cause) + 0.20 (flexible) + 0.15 = 0.70
    assert [(m.offer_id, m.score) for m in ranked] == [(10, 0.9027), (11, 0.7277), (12, 0.7)]


def test_hand_built_ranking_of_volunteers_for_one_offer():
    subject = offer(nice_skills=PHOTO | TRANSLATION)
    people = [
        volunteer(id=1),  # all required, one nice skill, 13 km
        volunteer(id=2, skills=GUIDING, latitude=KRAKOW[0], longitude=KRAKOW[1]),  # next door
        volunteer(id=3, skills=GUIDING | FIRST_AID | PHOTO | TRANSLATION, causes=SENIORS),
        volunteer(id=4, lowest_age=16),  # too young
    ]

    ranked = rank_volunteers_loop(subject, people, limit=10)

    # 1: 0.35 + 0.10 * 1/2 + 0.20 + 0.20 * 1/2 + 0.15 * 0.3513 = 0.7527
    # 2: 0.35 * 1/2 + 0 + 0.20 + 0.10 + 0.15 (next door)       = 0.625
    # 3: 0.35 + 0.10 + 0 (not their cause) + 0.10 + 0.0527       = 0.6027
    # 4 is excluded: the offer is for adults only.
    assert [(m.volunteer_id, m.score) for m in ranked] == [(1, 0.7527), (2, 0.625), (3, 0.6027)]


@pytest.fixture
def random_world():
    rng = random.Random(7)
    points = [(49.5 + rng.random() * 1.2, 19.0 + rng.random() * 2.0) for _ in range(40)]

    def bits(n, width):
        return sum(1 << rng.randrange(width) for _ in range(n))

    offers = []
    for pk in range(1, 801):
        remote = rng.random() < 0.15
        lat, lon = rng.choice(points)
        offers.append(
            OfferProfile(
                id=pk,
                required_skills=bits(rng.randint(0, 3), 20),
                nice_skills=bits(rng.randint(0, 2), 20),
                causes=bits(rng.randint(1, 2), 10),
                slots=bits(rng.randint(1, 4), 21),
                flexible=rng.random() < 0.2,
                remote=remote,
                latitude=None if remote else lat,
                longitude=None if remote else lon,
                minimum_age=rng.choice([13, 16, 18, 18, 18]),
                minors_ok=rng.random() < 0.3,
                languages=language_mask(rng.sample(["pl", "en", "uk"], rng.randint(0, 2))),
            )
        )
    volunteers = []
    for pk in range(1, 1201):
        lat, lon = rng.choice(points)
        volunteers.append(
            VolunteerProfile(
                id=pk,
                skills=bits(rng.randint(0, 6), 20),
                causes=bits(rng.randint(0, 3), 10),
                availability=bits(rng.randint(1, 8), 21),
                languages=language_mask(["pl", *rng.sample(["en", "uk", "de"], rng.randint(0, 2))]),
                lowest_age=rng.choice([13, 16, 18, 30, 50, 65]),
                latitude=lat,
                longitude=lon,
                travel_km=rng.choice([5, 10, 25, 50]),
                remote_ok=rng.random() < 0.5,
            )
        )
    return offers, volunteers


def _offer_rows(offers):
    return [
        (o.id, 1, o.required_skills, o.nice_skills, o.causes, o.slots, o.flexible, o.remote,
         o.latitude, o.longitude, o.minimum_age, o.minors_ok, o.languages, None, True)
        for o in offers
    ]  # fmt: skip


def _volunteer_rows(volunteers, discoverable):
    return [
        (v.id, v.skills, v.causes, v.availability, v.languages, v.lowest_age, v.latitude,
         v.longitude, v.travel_km, v.remote_ok, discoverable(v))
        for v in volunteers
    ]  # fmt: skip


def test_vector_ranking_of_offers_equals_the_loop(random_world):
    offers, volunteers = random_world
    arrays = match_index.offer_arrays(_offer_rows(offers))

    for person in volunteers[:60]:
        expected = [(m.offer_id, m.score) for m in rank_offers_loop(person, offers, limit=20)]
        got = match_index.rank_offers(arrays, person, today_ordinal=0, limit=20)
        assert got == expected


def test_vector_ranking_of_volunteers_equals_the_loop(random_world):
    offers, volunteers = random_world
    discoverable = {v.id for v in volunteers if v.id % 3}
    interested = np.array([3, 6, 9, 12], dtype=np.int64)
    arrays = match_index.volunteer_arrays(
        _volunteer_rows(volunteers, lambda v: v.id in discoverable)
    )
    pool = [v for v in volunteers if v.id in discoverable or v.id in set(interested.tolist())]

    for subject in offers[:60]:
        expected = [
            (m.volunteer_id, m.score) for m in rank_volunteers_loop(subject, pool, limit=50)
        ]
        got = match_index.rank_volunteers(arrays, subject, limit=50, interested_ids=interested)
        assert got == expected
