import pytest

from pages.models import OrganisationWorkspace
from volunteering.factories import (
    CauseFactory,
    SkillFactory,
    VolunteerBoardPageFactory,
    VolunteerIndexPageFactory,
    VolunteerOfferPageFactory,
)


@pytest.fixture
def board(home):
    return VolunteerBoardPageFactory(parent=home)


@pytest.fixture
def volunteer_index(organisation):
    return VolunteerIndexPageFactory(parent=organisation)


@pytest.fixture
def other_volunteer_index(other_organisation):
    return VolunteerIndexPageFactory(parent=other_organisation)


@pytest.fixture
def terms(locales):
    return {
        "first_aid": SkillFactory(name="Pierwsza pomoc", slug="pierwsza-pomoc"),
        "guiding": SkillFactory(name="Oprowadzanie", slug="oprowadzanie"),
        "photo": SkillFactory(name="Fotografia", slug="fotografia"),
        "seniors": CauseFactory(name="Seniorzy", slug="seniorzy"),
        "heritage": CauseFactory(name="Dziedzictwo", slug="dziedzictwo"),
    }


@pytest.fixture
def offer(volunteer_index, terms):
    return VolunteerOfferPageFactory(
        parent=volunteer_index,
        title="Oprowadzanie po Krakowie",
        terms__causes=[terms["heritage"]],
        terms__required_skills=[terms["guiding"]],
        terms__nice_skills=[terms["photo"]],
    )


@pytest.fixture
def editor_of(django_user_model):
    def make(organisation, username):
        user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
        workspace = OrganisationWorkspace.objects.get(translation_key=organisation.translation_key)
        user.groups.add(workspace.group)
        return user

    return make


@pytest.fixture(autouse=True)
def on_commit_runs_at_once(monkeypatch):
    """The tests run inside a transaction that is never committed; run the after-commit
    e-mails at once so the tests see them."""
    monkeypatch.setattr(
        "django.db.transaction.on_commit", lambda func, using=None, robust=False: func()
    )
