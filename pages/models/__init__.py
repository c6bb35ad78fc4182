from .accessibility import AccessibilityStatementPage, AssessmentMethod, ComplianceStatus
from .conference import (
    AttendanceMode,
    ConferenceIndexPage,
    ConferencePage,
    ConferenceTag,
    EventKind,
    RegistrationMode,
)
from .defaults import (
    EditorNotificationPreference,
    MessageTemplate,
    NotificationFrequency,
    OrganisationDefaults,
)
from .home import ContentPage, NetworkHomePage
from .organisation import (
    LegalForm,
    OrganisationIndexPage,
    OrganisationMembership,
    OrganisationPage,
    OrganisationTag,
)
from .programme import ProgrammeIndexPage, ProgrammePage, ProgrammeTag
from .registration import ConferenceRegistration
from .snippets import MembershipScope, NetworkMembership
from .workspace import OrganisationWorkspace

__all__ = [
    "AccessibilityStatementPage",
    "AssessmentMethod",
    "AttendanceMode",
    "ComplianceStatus",
    "ConferenceIndexPage",
    "ConferencePage",
    "ConferenceRegistration",
    "ConferenceTag",
    "ContentPage",
    "EditorNotificationPreference",
    "EventKind",
    "LegalForm",
    "MembershipScope",
    "MessageTemplate",
    "NetworkHomePage",
    "NetworkMembership",
    "NotificationFrequency",
    "OrganisationDefaults",
    "OrganisationIndexPage",
    "OrganisationMembership",
    "OrganisationPage",
    "OrganisationTag",
    "OrganisationWorkspace",
    "ProgrammeIndexPage",
    "ProgrammePage",
    "ProgrammeTag",
    "RegistrationMode",
]
