"""An event registration around the day: the reminder with the `.ics`, the check-in list in
the admin, and the retention purge after the event."""

import datetime
from io import StringIO

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from wagtail.models import ModelLogEntry

import pytest

from pages.factories import ConferencePageFactory, ConferenceRegistrationFactory
from pages.models import ConferenceRegistration, OrganisationWorkspace, RegistrationStatus
from pages.registrations import CHECK_IN, CHECK_IN_UNDONE
from tests.search.conftest import run_tasks

pytestmark = pytest.mark.django_db


def starting_in(organisation, **delta):
    start_at = timezone.now() + datetime.timedelta(**delta)
    return ConferencePageFactory(
        parent=organisation,
        with_form=True,
        title="Forum Seniorów",
        start_at=start_at,
        end_at=start_at + datetime.timedelta(hours=4),
        registration_closes_at=start_at - datetime.timedelta(hours=1),
    )


def test_a_registrant_with_a_place_is_reminded_once_with_the_event_s_ics_attached(
    organisation, settings
):
    settings.SIEC_EVENT_REMINDER_HOURS = [48]
    conference = starting_in(organisation, hours=30)
    placed = ConferenceRegistrationFactory(conference=conference, email="ma@example.org")
    ConferenceRegistrationFactory(conference=conference, waitlisted=True)
    ConferenceRegistrationFactory(conference=conference, status=RegistrationStatus.CANCELLED)

    call_command("send_event_reminders", stdout=StringIO())
    call_command("send_event_reminders", stdout=StringIO())
    run_tasks()

    (reminder,) = mail.outbox
    assert reminder.to == ["ma@example.org"]
    assert "Przypomnienie: Forum Seniorów" in reminder.subject
    (name, ics, media_type) = reminder.attachments[0]
    assert name.endswith(".ics") and media_type.startswith("text/calendar")
    assert "BEGIN:VEVENT" in ics and "Forum Seniorów" in ics
    assert "/anuluj/" in reminder.body
    placed.refresh_from_db()
    assert placed.reminded_at is not None


def test_no_reminder_goes_out_before_its_time(organisation, settings):
    settings.SIEC_EVENT_REMINDER_HOURS = [48]
    conference = starting_in(organisation, days=5)
    ConferenceRegistrationFactory(conference=conference)

    call_command("send_event_reminders", stdout=StringIO())
    run_tasks()

    assert mail.outbox == []


@pytest.fixture
def editor(organisation, django_user_model):
    user = django_user_model.objects.create_user("redaktor-a", "redaktor@example.org", "pw")
    workspace = OrganisationWorkspace.objects.get(translation_key=organisation.translation_key)
    user.groups.add(workspace.group)
    return user


def check_in_url(conference) -> str:
    return f"/admin/event_registrations/check-in/{conference.pk}/"


def test_the_check_in_list_has_one_row_per_registrant_with_a_place_and_logs_the_check_in(
    client, organisation, editor
):
    conference = starting_in(organisation, hours=1)
    placed = ConferenceRegistrationFactory(conference=conference, name="Anna Obecna")
    ConferenceRegistrationFactory(conference=conference, name="Ewa Czekająca", waitlisted=True)
    client.force_login(editor)

    listing = client.get(check_in_url(conference)).content.decode()
    response = client.post(check_in_url(conference), {"registration": placed.pk})

    assert "Anna Obecna" in listing and "Ewa Czekająca" not in listing
    assert '<form method="post">' in listing
    assert response.status_code == 302
    placed.refresh_from_db()
    assert placed.checked_in_at is not None
    entry = ModelLogEntry.objects.get(action=CHECK_IN)
    assert entry.user == editor and entry.object_id == str(placed.pk)
    assert "Zameldowano o" in client.get(check_in_url(conference)).content.decode()


def test_another_organisation_s_check_in_list_is_not_found_and_its_people_cannot_be_checked_in(
    client, organisation, other_organisation, editor
):
    own = starting_in(organisation, hours=1)
    foreign = starting_in(other_organisation, hours=1)
    stranger = ConferenceRegistrationFactory(conference=foreign)
    client.force_login(editor)

    listing = client.get(check_in_url(foreign))
    smuggled = client.post(check_in_url(own), {"registration": stranger.pk})

    assert listing.status_code == 404
    assert smuggled.status_code == 302
    stranger.refresh_from_db()
    assert stranger.checked_in_at is None


def ended(organisation, *, days_ago):
    end_at = timezone.now() - datetime.timedelta(days=days_ago)
    return ConferencePageFactory(
        parent=organisation,
        with_form=True,
        start_at=end_at - datetime.timedelta(hours=6),
        end_at=end_at,
        registration_closes_at=end_at - datetime.timedelta(days=1),
    )


def test_the_purge_deletes_personal_data_after_the_retention_but_keeps_counts_and_consent(
    organisation, settings
):
    settings.SIEC_EVENT_REGISTRATION_RETENTION_DAYS = 90
    old = ended(organisation, days_ago=91)
    recent = ended(organisation, days_ago=89)
    came = ConferenceRegistrationFactory(
        conference=old,
        access_needs="Pętla indukcyjna",
        consent_text_version="abc123",
        checked_in_at=old.start_at,
    )
    ConferenceRegistrationFactory(conference=old, status=RegistrationStatus.CANCELLED)
    kept = ConferenceRegistrationFactory(conference=recent)

    call_command("purge_event_registrations", stdout=StringIO())

    came.refresh_from_db()
    kept.refresh_from_db()
    assert (came.name, came.email, came.organisation_name, came.access_needs) == ("", "", "", "")
    assert came.purged_at is not None
    assert came.consent_given_at is not None and came.consent_text_version == "abc123"
    assert came.checked_in_at is not None and came.status == RegistrationStatus.CONFIRMED
    assert ConferenceRegistration.objects.filter(conference=old).count() == 2
    assert not ConferenceRegistration.objects.filter(conference=old, purged_at=None).exists()
    assert kept.purged_at is None and kept.email


def test_a_check_in_of_something_that_is_not_an_id_is_refused_kindly(client, organisation, editor):
    conference = starting_in(organisation, hours=1)
    client.force_login(editor)

    response = client.post(check_in_url(conference), {"registration": "abc"}, follow=True)

    assert response.status_code == 200
    assert "Ta osoba nie ma miejsca na wydarzeniu" in response.content.decode()


def test_a_check_in_can_be_undone_and_the_undoing_is_logged(client, organisation, editor):
    conference = starting_in(organisation, hours=1)
    placed = ConferenceRegistrationFactory(
        conference=conference, name="Anna Obecna", checked_in_at=timezone.now()
    )
    client.force_login(editor)

    listing = client.get(check_in_url(conference)).content.decode()
    response = client.post(check_in_url(conference), {"registration": placed.pk, "undo": "1"})

    assert "Cofnij zameldowanie" in listing
    assert response.status_code == 302
    placed.refresh_from_db()
    assert placed.checked_in_at is None
    entry = ModelLogEntry.objects.get(action=CHECK_IN_UNDONE)
    assert entry.user == editor and entry.object_id == str(placed.pk)
    assert "Zamelduj" in client.get(check_in_url(conference)).content.decode()


def test_another_organisation_s_check_in_cannot_be_undone(
    client, organisation, other_organisation, editor
):
    own = starting_in(organisation, hours=1)
    foreign = starting_in(other_organisation, hours=1)
    stranger = ConferenceRegistrationFactory(conference=foreign, checked_in_at=timezone.now())
    client.force_login(editor)

    smuggled = client.post(check_in_url(own), {"registration": stranger.pk, "undo": "1"})
    foreign_list = client.post(check_in_url(foreign), {"registration": stranger.pk, "undo": "1"})

    assert smuggled.status_code == 302 and foreign_list.status_code == 404
    stranger.refresh_from_db()
    assert stranger.checked_in_at is not None
    assert not ModelLogEntry.objects.filter(action=CHECK_IN_UNDONE).exists()


def test_the_check_in_list_finds_people_by_name_or_e_mail_without_javascript(
    client, organisation, editor
):
    conference = starting_in(organisation, hours=1)
    ConferenceRegistrationFactory(conference=conference, name="Anna Nowak", email="a@x.pl")
    ConferenceRegistrationFactory(conference=conference, name="Ewa Lis", email="ewa@nowak.pl")
    ConferenceRegistrationFactory(conference=conference, name="Piotr Zięba", email="p@x.pl")
    client.force_login(editor)

    html = client.get(check_in_url(conference), {"q": "NOWAK"}).content.decode()

    assert 'method="get"' in html and 'name="q"' in html
    assert "Anna Nowak" in html and "Ewa Lis" in html
    assert "Piotr Zięba" not in html


def test_the_check_in_list_sorts_names_in_polish_alphabetical_order(client, organisation, editor):
    conference = starting_in(organisation, hours=1)
    conference.capacity = 10
    conference.save()
    for name in ("Świętosław Zet", "Zenon Ptak", "Łucja Bem", "Szymon Kot", "Lena Ryś"):
        ConferenceRegistrationFactory(conference=conference, name=name)
    client.force_login(editor)

    html = client.get(check_in_url(conference)).content.decode()

    order = ["Lena Ryś", "Łucja Bem", "Szymon Kot", "Świętosław Zet", "Zenon Ptak"]
    assert sorted(order, key=html.index) == order
