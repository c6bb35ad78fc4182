from .boards import VolunteerBoardPage, VolunteerIndexPage
from .pages import OfferPlace, ScheduleKind, VolunteerOfferPage
from .paperwork import (
    Agreement,
    Certificate,
    CertificateKind,
    ChildProtectionCheck,
    OrganisationPaperwork,
)
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
    InterestNote,
    InterestStatus,
    MatchingState,
    Volunteer,
)

__all__ = [
    "Agreement",
    "Cause",
    "Certificate",
    "CertificateKind",
    "ChildProtectionCheck",
    "Consent",
    "ConsentKind",
    "Interest",
    "InterestNote",
    "InterestStatus",
    "MatchingState",
    "OfferPlace",
    "OrganisationPaperwork",
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
