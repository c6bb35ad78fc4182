import pytest

from jobs.factories import JobBoardPageFactory, JobCategoryFactory, JobIndexPageFactory


@pytest.fixture
def board(home):
    return JobBoardPageFactory(parent=home)


@pytest.fixture
def job_index(organisation):
    return JobIndexPageFactory(parent=organisation)


@pytest.fixture
def other_job_index(other_organisation):
    return JobIndexPageFactory(parent=other_organisation)


@pytest.fixture
def accounting(locales):
    return JobCategoryFactory(name="Księgowość", slug="ksiegowosc", locale=locales["pl"])
