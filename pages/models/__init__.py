from .accessibility import AccessibilityStatementPage, AssessmentMethod, ComplianceStatus
from .choices import RegistrationStatus
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
from .joining import (
    ApplicationStatus,
    EditorInvitation,
    MembershipApplication,
    OrganisationVerification,
    VerificationSource,
)
from .organisation import (
    LegalForm,
    OrganisationIndexPage,
    OrganisationMembership,
    OrganisationPage,
    OrganisationTag,
)
from .programme import ProgrammeIndexPage, ProgrammePage, ProgrammeTag
from .registration import ConferenceRegistration
from .snippets import MembershipScope, NetworkMembership, Topic
from .workspace import OrganisationWorkspace

__all__ = [
    "AccessibilityStatementPage",
    "ApplicationStatus",
    "AssessmentMethod",
    "AttendanceMode",
    "ComplianceStatus",
    "ConferenceIndexPage",
    "ConferencePage",
    "ConferenceRegistration",
    "ConferenceTag",
    "ContentPage",
    "EditorInvitation",
    "EditorNotificationPreference",
    "EventKind",
    "LegalForm",
    "MembershipApplication",
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
    "OrganisationVerification",
    "OrganisationWorkspace",
    "ProgrammeIndexPage",
    "ProgrammePage",
    "ProgrammeTag",
    "RegistrationMode",
    "RegistrationStatus",
    "Topic",
    "VerificationSource",
]
