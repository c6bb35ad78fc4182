"""Read-side queries of the volunteering plugin, including both directions of matching."""

import datetime
from dataclasses import dataclass

from django.db.models import F, QuerySet

import numpy as np

from pages.schedule import local_date
from pages.visibility import public
from volunteering import lifecycle, match_index
from volunteering.matching import (
    Exclusion,
    Match,
    evaluate,
    match,
)
from volunteering.models.pages import VolunteerOfferPage
from volunteering.models.volunteers import Interest, InterestStatus, MatchingState, Volunteer
from volunteering.profiles import offer_profile, offer_values, volunteer_profile, volunteer_values

OFFERS, VOLUNTEERS = "offers", "volunteers"


def open_offers(*, locale, now: datetime.datetime) -> QuerySet:
    locale_id = getattr(locale, "pk", locale)
    return (
        public(VolunteerOfferPage.objects.live())
        .filter(locale_id=locale_id)
        .filter(lifecycle.open_offer_filter(now=now))
    )


# Page ids are PostgreSQL `integer`s; a larger number from a link would make the database
# refuse the query (a 500) instead of finding nothing.
MAX_PAGE_ID = 2**31 - 1


# Query names are English in both languages, like the boards' filters; links sent before
# the rename carried the Polish `?oferta=`, so it is still read.
OFFER_PARAMETER = "offer"
FORMER_OFFER_PARAMETER = "oferta"


def offer_parameter(data) -> str | None:
    """The offer a registration link or form names (a QueryDict), under either name."""
    return data.get(OFFER_PARAMETER) or data.get(FORMER_OFFER_PARAMETER)


def offer_id_from(value) -> int | None:
    """The offer id a link carries (`?offer=`), or None when it cannot be one."""
    try:
        pk = int(value)
    except (TypeError, ValueError):
        return None
    return pk if 0 < pk <= MAX_PAGE_ID else None


def joinable_offer(pk, *, now: datetime.datetime) -> VolunteerOfferPage | None:
    """An offer a visitor may sign up for from a link (`?offer=`): live, open and public.
    Wagtail's own `.public()`, read afresh, not the cached list, since this names the page."""
    pk = offer_id_from(pk)
    if pk is None:
        return None
    offers = VolunteerOfferPage.objects.live().public().filter(lifecycle.open_offer_filter(now=now))
    return offers.filter(pk=pk).first()


# Profiles: the rows in the compact form matching.py works on. Each reads an offer or a
# volunteer by attribute, so a model instance and a values_list(named=True) row of the
# columns below give the same profile.

OFFER_COLUMNS = (
    "pk",
    "locale_id",
    "live",
    "required_skills_mask",
    "nice_skills_mask",
    "causes_mask",
    "slots_mask",
    "schedule_kind",
    "place",
    "latitude",
    "longitude",
    "minimum_age",
    "suitable_for_minors",
    "required_languages",
    "deadline_date",
    "places_total",
    "places_filled",
)
VOLUNTEER_COLUMNS = (
    "pk",
    "skills",
    "causes",
    "availability",
    "languages",
    "age_bracket",
    "latitude",
    "longitude",
    "travel_km",
    "remote_ok",
    "discoverable",
)


# The in-memory indexes behind both directions.


def generation(key: str) -> int:
    value = MatchingState.objects.filter(key=key).values_list("generation", flat=True).first()
    return value or 0


def bump_generation(key: str) -> None:
    if not MatchingState.objects.filter(key=key).update(generation=F("generation") + 1):
        MatchingState.objects.get_or_create(key=key, defaults={"generation": 1})


def _load_offers() -> match_index.OfferArrays:
    rows = []
    for offer in VolunteerOfferPage.objects.live().public().values_list(*OFFER_COLUMNS, named=True):
        pk, *values = offer_values(offer)
        # Whether an offer is open is decided at query time, against the clock: the arrays
        # keep its deadline (as an ordinal day) and whether it has a place left.
        deadline = None if offer.deadline_date is None else offer.deadline_date.toordinal()
        has_places = offer.places_filled < offer.places_total
        rows.append((pk, offer.locale_id, *values, deadline, has_places))
    return match_index.offer_arrays(rows)


def _load_volunteers() -> match_index.VolunteerArrays:
    rows = (
        Volunteer.objects.filter(confirmed_at__isnull=False)
        .order_by("pk")
        .values_list(*VOLUNTEER_COLUMNS, named=True)
    )
    return match_index.volunteer_arrays(
        [(*volunteer_values(row), row.discoverable) for row in rows]
    )


offer_cache = match_index.GenerationCache(_load_offers)
volunteer_cache = match_index.GenerationCache(_load_volunteers)


@dataclass
class Recommendation:
    offer: VolunteerOfferPage
    match: Match


def recommended_offers(
    *, volunteer: Volunteer, locale, now: datetime.datetime, limit: int = 10
) -> list[Recommendation]:
    """Open offers in one language that fit the volunteer, best first, each with its match."""
    offers = offer_cache.get(generation(OFFERS))
    profile = volunteer_profile(volunteer)
    ranked = match_index.rank_offers(
        offers,
        profile,
        today_ordinal=local_date(now).toordinal(),
        limit=limit,
        locale_id=getattr(locale, "pk", locale),
    )
    pages = VolunteerOfferPage.objects.in_bulk([pk for pk, _score in ranked])
    results = []
    for pk, _score in ranked:
        page = pages.get(pk)
        # The per-pair rules are the reference; a row that changed since the arrays were
        # loaded is checked again here rather than trusted.
        if page is not None and (found := match(offer_profile(page, now=now), profile)):
            results.append(Recommendation(offer=page, match=found))
    return results


@dataclass
class Candidate:
    volunteer: Volunteer
    match: Match | None
    exclusions: list[Exclusion]
    interest: Interest | None


def ranked_candidates(
    *, offer: VolunteerOfferPage, now: datetime.datetime, limit: int = 50
) -> list[Candidate]:
    """Volunteers for one offer, best first: those who expressed interest in it (any of its
    translations) or agreed to be found. Interested volunteers who break a hard rule follow
    at the end, with the reason, so coordinators can still answer them."""
    interests = {
        interest.volunteer_id: interest
        for interest in Interest.objects.filter(
            offer__translation_key=offer.translation_key,
            volunteer__confirmed_at__isnull=False,
        ).exclude(status=InterestStatus.WITHDRAWN)
    }
    profile = offer_profile(offer, now=now)
    volunteers_arrays = volunteer_cache.get(generation(VOLUNTEERS))
    ranked = match_index.rank_volunteers(
        volunteers_arrays,
        profile,
        limit=limit,
        interested_ids=np.fromiter(interests, dtype=np.int64, count=len(interests)),
    )
    ranked_ids = [pk for pk, _score in ranked]
    ranked_set = set(ranked_ids)
    others = [pk for pk in interests if pk not in ranked_set]
    volunteers = Volunteer.objects.in_bulk([*ranked_ids, *others])
    candidates = []
    for pk in [*ranked_ids, *others]:
        volunteer = volunteers.get(pk)
        if volunteer is None:
            continue
        # Re-checked with the per-pair rules, which also say why an interested one is out.
        found, excluded = evaluate(profile, volunteer_profile(volunteer))
        if found is None and pk not in interests:
            continue
        candidates.append(
            Candidate(
                volunteer=volunteer,
                match=found,
                exclusions=excluded,
                interest=interests.get(pk),
            )
        )
    candidates.sort(key=lambda c: (c.match is None, -(c.match.score if c.match else 0)))
    return candidates
