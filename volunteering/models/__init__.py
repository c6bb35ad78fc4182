from .boards import VolunteerBoardPage, VolunteerIndexPage
from .pages import OfferPlace, ScheduleKind, VolunteerOfferPage
from .vocabulary import Cause, Skill
from .volunteers import (
    Consent,
    ConsentKind,
    Interest,
    InterestNote,
    InterestStatus,
    MatchingState,
    Volunteer,
)

__all__ = [
    "Cause",
    "Consent",
    "ConsentKind",
    "Interest",
    "InterestNote",
    "InterestStatus",
    "MatchingState",
    "OfferPlace",
    "ScheduleKind",
    "Skill",
    "Volunteer",
    "VolunteerBoardPage",
    "VolunteerIndexPage",
    "VolunteerOfferPage",
]
