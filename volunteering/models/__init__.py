from .boards import VolunteerBoardPage, VolunteerIndexPage
from .pages import OfferPlace, ScheduleKind, VolunteerOfferPage
from .shifts import (
    Shift,
    ShiftCalendar,
    ShiftReminder,
    ShiftSeries,
    ShiftSignup,
    SignupStatus,
)
from .vocabulary import Cause, Skill
from .volunteers import (
    Consent,
    ConsentKind,
    Interest,
    InterestStatus,
    MatchingState,
    Volunteer,
)

__all__ = [
    "Cause",
    "Consent",
    "ConsentKind",
    "Interest",
    "InterestStatus",
    "MatchingState",
    "OfferPlace",
    "ScheduleKind",
    "Shift",
    "ShiftCalendar",
    "ShiftReminder",
    "ShiftSeries",
    "ShiftSignup",
    "SignupStatus",
    "Skill",
    "Volunteer",
    "VolunteerBoardPage",
    "VolunteerIndexPage",
    "VolunteerOfferPage",
]
