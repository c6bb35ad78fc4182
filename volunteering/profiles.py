"""An offer and a volunteer as the matching rules see them (volunteering.matching).

Below the offer page model (its interest route explains the fit with these): plain functions
of the objects' fields, importing no page."""

import datetime

from volunteering import lifecycle
from volunteering.matching import OfferProfile, VolunteerProfile
from volunteering.models.choices import OfferPlace, ScheduleKind
from volunteering.profile_choices import BRACKET_LOWEST_AGE


def offer_values(offer) -> tuple:
    """The OfferProfile fields but `is_open`, in its order."""
    return (
        offer.pk,
        offer.required_skills_mask,
        offer.nice_skills_mask,
        offer.causes_mask,
        offer.slots_mask,
        offer.schedule_kind == ScheduleKind.FLEXIBLE,
        offer.place == OfferPlace.REMOTE,
        None if offer.latitude is None else float(offer.latitude),
        None if offer.longitude is None else float(offer.longitude),
        offer.minimum_age,
        offer.suitable_for_minors,
        offer.required_languages,
    )


def offer_profile(offer, *, now: datetime.datetime) -> OfferProfile:
    is_open = lifecycle.offer_is_open(
        live=offer.live,
        deadline_date=offer.deadline_date,
        places_total=offer.places_total,
        places_filled=offer.places_filled,
        now=now,
    )
    return OfferProfile(*offer_values(offer), is_open=is_open)


def volunteer_values(volunteer) -> tuple:
    """The VolunteerProfile fields, in its order."""
    return (
        volunteer.pk,
        volunteer.skills,
        volunteer.causes,
        volunteer.availability,
        volunteer.languages,
        BRACKET_LOWEST_AGE[volunteer.age_bracket],
        volunteer.latitude,
        volunteer.longitude,
        volunteer.travel_km,
        volunteer.remote_ok,
    )


def volunteer_profile(volunteer) -> VolunteerProfile:
    return VolunteerProfile(*volunteer_values(volunteer))
