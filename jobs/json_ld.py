"""schema.org JobPosting for open postings, with Google's required and recommended fields."""

from django.utils.html import format_html, strip_tags

from jobs import lifecycle
from jobs.models import EmploymentType, JobPostingPage, WorkingTime, WorkMode
from pages.json_ld import hiring_organisation, job_location

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


def _date_posted(posting: JobPostingPage) -> str | None:
    posted = posting.first_published_at or posting.latest_revision_created_at
    return lifecycle.local_date(posted).isoformat() if posted else None


def job_posting_json_ld(posting: JobPostingPage, *, organisation, request=None) -> dict:
    data = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": posting.title,
        "description": description_html(posting),
        "datePosted": _date_posted(posting),
        "validThrough": (lifecycle.closes_at(posting.deadline_date)).isoformat(),
        "employmentType": schema_employment_types(posting),
        "identifier": {
            "@type": "PropertyValue",
            "name": organisation.title if organisation else "Sieć",
            "value": str(posting.translation_key),
        },
        "directApply": posting.apply_method == "FORM",
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
        "inLanguage": posting.locale.language_code,
    }
    data["hiringOrganization"] = hiring_organisation(organisation)
    data.update(
        job_location(
            posting,
            remote=posting.work_mode != WorkMode.ON_SITE,
            on_site_too=posting.work_mode == WorkMode.HYBRID,
        )
    )
    if posting.start_date:
        data["jobStartDate"] = posting.start_date.isoformat()
    return {key: value for key, value in data.items() if value is not None}


def plain_description(posting: JobPostingPage) -> str:
    return strip_tags(description_html(posting))
