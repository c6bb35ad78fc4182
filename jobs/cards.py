"""Card text for job listings, built in Python once per posting: rendering the same pieces
through template filters costs several times more on a 12-item page."""

from typing import TYPE_CHECKING

from django.utils import formats
from django.utils.translation import gettext as _

from jobs.models.choices import WorkingTime, WorkMode
from pages.geo import km_away

if TYPE_CHECKING:
    from jobs.models.pages import JobPostingPage


def _amount(value) -> str:
    return formats.number_format(
        value, decimal_pos=0 if value == int(value) else 2, force_grouping=True
    )


def salary_text(posting: "JobPostingPage") -> str:
    return (
        f"{_amount(posting.salary_min)}–{_amount(posting.salary_max)} zł "
        f"{posting.get_salary_basis_display()} {posting.get_salary_period_display()}"
    )


def place_text(posting: "JobPostingPage") -> str:
    if posting.work_mode == WorkMode.REMOTE:
        return posting.get_work_mode_display()
    if posting.work_mode == WorkMode.HYBRID:
        return f"{posting.city} ({posting.get_work_mode_display().lower()})"
    return posting.city


def meta_text(posting: "JobPostingPage") -> str:
    working_time = posting.get_working_time_display()
    if posting.hours_per_week and posting.working_time == WorkingTime.PART_TIME:
        working_time += " (" + _("%(hours)s h/week") % {"hours": posting.hours_per_week} + ")"
    parts = [posting.get_employment_type_display(), working_time, place_text(posting)]
    distance = getattr(posting, "distance_km", None)
    if distance is not None:
        parts.append(km_away(distance))
    return " · ".join(parts)


def prepare_job_cards(postings) -> list:
    postings = list(postings)
    for posting in postings:
        posting.salary_text = salary_text(posting)
        posting.meta_text = meta_text(posting)
    return postings
