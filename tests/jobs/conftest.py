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


@pytest.fixture
def recruiter(organisation, django_user_model):
    """An editor of the organisation the `job_index` belongs to."""
    from pages.models import OrganisationWorkspace

    user = django_user_model.objects.create_user(
        "rekruterka", "rekruterka@example.org", "pw", first_name="Renata", last_name="Rekruter"
    )
    user.groups.add(
        OrganisationWorkspace.objects.get(translation_key=organisation.translation_key).group
    )
    return user


@pytest.fixture
def stranger(other_organisation, django_user_model):
    """An editor of another organisation."""
    from pages.models import OrganisationWorkspace

    user = django_user_model.objects.create_user("obca", "obca@example.org", "pw")
    user.groups.add(
        OrganisationWorkspace.objects.get(translation_key=other_organisation.translation_key).group
    )
    return user


@pytest.fixture
def open_posting(board, job_index, accounting):
    from jobs.factories import JobPostingPageFactory

    return JobPostingPageFactory(parent=job_index, category=accounting, title="Księgowy / Księgowa")


@pytest.fixture
def received_application(open_posting):
    from jobs.factories import JobApplicationFactory

    return JobApplicationFactory(
        posting=open_posting,
        name="Anna Testowa",
        email="anna@example.org",
        cover_letter="Chętnie poprowadzę księgi fundacji.",
    )
