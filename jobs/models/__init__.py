from .applications import ApplicationStatus, JobApplication
from .pages import (
    ApplyMethod,
    EmploymentType,
    JobBoardPage,
    JobIndexPage,
    JobPostingPage,
    SalaryBasis,
    SalaryPeriod,
    WorkingTime,
    WorkMode,
)
from .snippets import JobCategory

__all__ = [
    "ApplicationStatus",
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
