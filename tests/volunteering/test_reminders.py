"""Nobody left waiting: the rules as functions of `now`, and the command's steps, each once."""

import datetime

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command

import pytest

from volunteering.factories import VolunteerFactory, VolunteerOfferPageFactory
from volunteering.models import Interest, InterestStatus, VolunteerOfferPage
from volunteering.reminders import escalation_due, reminder_due, send_interest_reminders

ARRIVED = datetime.datetime(2026, 11, 2, 9, 0, tzinfo=datetime.UTC)


def at(days: float) -> datetime.datetime:
    return ARRIVED + datetime.timedelta(days=days)


@pytest.mark.parametrize(
    ("now", "status", "reminded_at", "due"),
    [
        (at(4.9), InterestStatus.NEW, None, False),
        (at(5), InterestStatus.NEW, None, True),
        (at(6), InterestStatus.NEW, at(5), False),  # once
        (at(6), InterestStatus.CONTACTED, None, False),  # answered
    ],
)
def test_the_coordinator_is_reminded_after_n_days_once(now, status, reminded_at, due):
    assert (
        reminder_due(status=status, waiting_since=ARRIVED, reminded_at=reminded_at, now=now, days=5)
        is due
    )


@pytest.mark.parametrize(
    ("now", "escalated_at", "due"),
    [(at(9.9), None, False), (at(10), None, True), (at(12), at(10), False)],
)
def test_the_network_hears_after_2n_days_once(now, escalated_at, due):
    assert (
        escalation_due(
            status=InterestStatus.NEW,
            waiting_since=ARRIVED,
            escalated_at=escalated_at,
            now=now,
            days=5,
        )
        is due
    )


@pytest.fixture
def waiting(offer, volunteer_index, terms, editor_of, organisation, django_user_model):
    coordinator = editor_of(organisation, "koordynatorka")
    # The coordinator as the page's row holds it (a publish would cost seconds here).
    VolunteerOfferPage.objects.filter(pk=offer.pk).update(coordinator=coordinator)
    network = django_user_model.objects.create_user("siec", "siec@example.org", "pw")
    network.groups.add(
        Group.objects.get_or_create(name=settings.SIEC_NETWORK_COORDINATORS_GROUP)[0]
    )
    VolunteerOfferPageFactory(
        parent=volunteer_index, title="Fotografowanie wydarzeń",
        terms__required_skills=[terms["photo"]],
    )  # fmt: skip
    volunteer = VolunteerFactory(
        email="czeka@example.org", skills=terms["guiding"].mask | terms["photo"].mask
    )
    return Interest.objects.create(volunteer=volunteer, offer=offer, created_at=ARRIVED)


@pytest.mark.django_db
def test_reminder_then_network_then_other_offers_each_once(waiting, mailoutbox, settings):
    settings.SIEC_INTEREST_ANSWER_DAYS = 5

    early = send_interest_reminders(now=at(4))
    first = send_interest_reminders(now=at(5))
    again = send_interest_reminders(now=at(6))
    late = send_interest_reminders(now=at(10))
    later = send_interest_reminders(now=at(11))

    assert (early, first, again, late, later) == ((0, 0), (1, 0), (0, 0), (0, 1), (0, 0))
    assert [m.to for m in mailoutbox] == [
        ["koordynatorka@example.org"],
        ["siec@example.org"],
        ["czeka@example.org"],
    ]
    reminder, network, volunteer = mailoutbox
    assert "/admin/volunteer_interests/edit/" in reminder.body and "5 dni" in reminder.body
    assert "10 dni" in network.body and "Fundacja Alfa" in network.body
    assert "Fotografowanie wydarzeń" in volunteer.body and "Dlaczego:" in volunteer.body
    assert waiting.offer.title in volunteer.subject


@pytest.mark.django_db
def test_an_answered_interest_reminds_nobody(waiting, mailoutbox):
    Interest.objects.filter(pk=waiting.pk).update(status=InterestStatus.CONTACTED)

    assert send_interest_reminders(now=at(30)) == (0, 0)
    assert mailoutbox == []


@pytest.mark.django_db
def test_the_command_runs_the_rules(waiting, mailoutbox, capsys):
    call_command("send_interest_reminders")

    assert (
        "Reminded coordinators of 1 interests, passed 1 to the network." in capsys.readouterr().out
    )
    assert Interest.objects.get().escalated_at is not None


@pytest.mark.django_db
def test_the_dashboard_lists_unanswered_interests_of_the_editors_own_organisation(
    client, waiting, editor_of, other_organisation, django_user_model
):
    client.force_login(django_user_model.objects.get(username="koordynatorka"))
    ours = client.get("/admin/").content.decode()
    client.force_login(editor_of(other_organisation, "redaktor-beta"))
    theirs = client.get("/admin/").content.decode()

    assert "Zgłoszenia bez odpowiedzi dłużej niż 5 dni" in ours
    assert "Fundacja Alfa" in ours and waiting.volunteer.name in ours
    assert waiting.volunteer.name not in theirs
