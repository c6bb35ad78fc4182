"""schema.org JobPosting for open postings, with Google's required and recommended fields."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.utils.html import format_html, strip_tags

from jobs import lifecycle
from jobs.models.choices import EmploymentType, WorkingTime
from pages.json_ld import compact, date_posted, job_location, organisation_reference

if TYPE_CHECKING:  # the posting's get_context calls this module
    from jobs.models import JobPostingPage

_EMPLOYMENT_TYPES = {
    EmploymentType.EMPLOYMENT_CONTRACT: None,  # follows the working time
    EmploymentType.MANDATE_CONTRACT: "CONTRACTOR",
    EmploymentType.SPECIFIC_WORK_CONTRACT: "CONTRACTOR",
    EmploymentType.B2B: "CONTRACTOR",
    EmploymentType.INTERNSHIP: "INTERN",
    EmploymentType.VOLUNTEER: "VOLUNTEER",
}


def schema_employment_types(posting: JobPostingPage) -> list[str]:
    by_time = "FULL_TIME" if posting.working_time == WorkingTime.FULL_TIME else "PART_TIME"
    contract = _EMPLOYMENT_TYPES.get(posting.employment_type)
    return [by_time] if contract is None else [by_time, contract]


def description_html(posting: JobPostingPage) -> str:
    return "".join(
        [
            format_html("<p>{}</p>", posting.summary),
            posting.responsibilities,
            posting.requirements,
            posting.offer,
        ]
    )


def job_posting_json_ld(posting: JobPostingPage, *, organisation, request=None) -> dict:
    data = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": posting.title,
        "description": description_html(posting),
        "datePosted": date_posted(posting),
        "validThrough": (lifecycle.closes_at(posting.deadline_date)).isoformat(),
        "employmentType": schema_employment_types(posting),
        "identifier": {
            "@type": "PropertyValue",
            "name": organisation.title if organisation else "Sieć",
            "value": str(posting.translation_key),
        },
        "directApply": posting.accepts_form_applications,
        "baseSalary": {
            "@type": "MonetaryAmount",
            "currency": "PLN",
            "value": {
                "@type": "QuantitativeValue",
                "minValue": float(posting.salary_min),
                "maxValue": float(posting.salary_max),
                "unitText": posting.salary_period,
            },
        },
        "url": posting.get_full_url(request),
        "hiringOrganization": organisation_reference(organisation, request=request),
        "jobStartDate": posting.start_date.isoformat() if posting.start_date else None,
        **job_location(posting, fully_remote=posting.is_remote),
    }
    return compact(data)


def plain_description(posting: JobPostingPage) -> str:
    return strip_tags(description_html(posting))
