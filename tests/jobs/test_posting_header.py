"""The top of a posting says what the pay is per: an hourly rate is not read as a month's."""

from decimal import Decimal

import pytest

from jobs.factories import JobPostingPageFactory
from jobs.models.choices import SalaryPeriod

pytestmark = pytest.mark.django_db


def test_an_hourly_rate_is_said_to_be_per_hour_at_the_top_of_the_posting(
    client, job_index, accounting
):
    posting = JobPostingPageFactory(
        parent=job_index,
        category=accounting,
        salary_min=Decimal("35"),
        salary_max=Decimal("42"),
        salary_period=SalaryPeriod.HOUR,
    )

    html = client.get(posting.url).content.decode()

    key_facts = html.split('class="detail-header__key-facts"')[1].split("</ul>")[0]
    assert "35–42 zł brutto za godzinę" in key_facts
