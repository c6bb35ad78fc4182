import datetime

import pytest

from pages.factories import ConferencePageFactory, ProgrammePageFactory
from pages.models import ConferenceRegistration, OrganisationWorkspace, RegistrationStatus
from pages.schedule import WARSAW
from volunteering.factories import (
    CauseFactory,
    ShiftFactory,
    SkillFactory,
    VolunteerBoardPageFactory,
    VolunteerFactory,
    VolunteerIndexPageFactory,
    VolunteerOfferPageFactory,
    worked_signup,
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


def in_2026(day: int, hour: int, month: int = 6) -> datetime.datetime:
    return datetime.datetime(2026, month, day, hour, tzinfo=WARSAW)


@pytest.fixture
def programme(organisation):
    """The organisation's programme, planning ten participants."""
    programme = ProgrammePageFactory(parent=organisation, title="Aktywni Mieszkańcy")
    programme.target_groups = [
        {
            "type": "target_group",
            "value": {"name": "Mieszkańcy", "planned_participants": 10, "description": ""},
        }
    ]
    programme.save()
    return programme


@pytest.fixture
def programme_work(programme, volunteer_index, other_volunteer_index, organisation):
    """June 2026 in the programme: one volunteer at both organisations (4 h on the 1st at the
    organisation, 2.5 h on the 30th at 20:00 at the other), 3 h not yet approved, 5 h on
    1 July, 6 h on an offer outside the programme, an event with two participants in June (and one
    waiting, one cancelled: not participants) and one with one participant in July."""
    own_offer = VolunteerOfferPageFactory(parent=volunteer_index, programme=programme)
    partner_offer = VolunteerOfferPageFactory(parent=other_volunteer_index, programme=programme)
    outside = VolunteerOfferPageFactory(parent=volunteer_index)
    volunteer = VolunteerFactory()
    worked_signup(volunteer, ShiftFactory(offer=own_offer, start_at=in_2026(1, 9)), "4")
    worked_signup(volunteer, ShiftFactory(offer=partner_offer, start_at=in_2026(30, 20)), "2.5")
    unapproved = ShiftFactory(offer=own_offer, start_at=in_2026(2, 9))
    worked_signup(VolunteerFactory(), unapproved, "3", approved=False)
    worked_signup(volunteer, ShiftFactory(offer=own_offer, start_at=in_2026(1, 0, month=7)), "5")
    worked_signup(VolunteerFactory(), ShiftFactory(offer=outside, start_at=in_2026(3, 9)), "6")
    june_event = ConferencePageFactory(
        parent=organisation, programme=programme, start_at=in_2026(10, 9)
    )
    july_event = ConferencePageFactory(
        parent=organisation, programme=programme, start_at=in_2026(10, 9, month=7)
    )
    registrations = [
        (june_event, "a@example.org", RegistrationStatus.CONFIRMED),
        (june_event, "b@example.org", RegistrationStatus.CONFIRMED),
        (june_event, "waiting@example.org", RegistrationStatus.WAITLISTED),
        (june_event, "gone@example.org", RegistrationStatus.CANCELLED),
        (july_event, "c@example.org", RegistrationStatus.CONFIRMED),
    ]
    for event, email, status in registrations:
        ConferenceRegistration.objects.create(
            conference=event,
            name=email,
            email=email,
            status=status,
            language_code="pl",
            consent_given_at=event.start_at,
        )
    return {"volunteer": volunteer, "own_offer": own_offer, "partner_offer": partner_offer}
