from .applications import ApplicationStatus, JobApplication
from .boards import JobBoardPage, JobIndexPage
from .history import ApplicationNote, ApplicationStatusChange
from .pages import (
    ApplyMethod,
    EmploymentType,
    JobPostingPage,
    SalaryBasis,
    SalaryPeriod,
    WorkingTime,
    WorkMode,
)
from .snippets import JobCategory

__all__ = [
    "ApplicationNote",
    "ApplicationStatus",
    "ApplicationStatusChange",
    "ApplyMethod",
    "EmploymentType",
    "JobApplication",
    "JobBoardPage",
    "JobCategory",
    "JobIndexPage",
    "JobPostingPage",
    "SalaryBasis",
    "SalaryPeriod",
    "WorkMode",
    "WorkingTime",
]
