"""The coordinator's case of one interest: the whole case on one page, the answer with a
message, internal notes, the audit log, and the organisation's scope."""

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone

from wagtail.models import ModelLogEntry

import pytest

from volunteering.factories import VolunteerFactory, VolunteerOfferPageFactory
from volunteering.models import Consent, ConsentKind, Interest, InterestNote, InterestStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def interest(offer, terms):
    volunteer = VolunteerFactory(
        name="Zofia Mocna", email="zofia@example.org", phone="600100200",
        skills=terms["guiding"].mask, causes=terms["heritage"].mask,
    )  # fmt: skip
    Consent.objects.create(
        volunteer=volunteer, kind=ConsentKind.DATA_PROCESSING, notice_version="2026-11",
        language_code="pl", given_at=timezone.now(),
    )  # fmt: skip
    return Interest.objects.create(
        volunteer=volunteer, offer=offer, message="Mogę w soboty.", created_at=timezone.now()
    )


def case_url(interest) -> str:
    return reverse("volunteer_interests:edit", args=[interest.pk])


def test_the_case_holds_the_message_profile_match_consents_and_history(
    client, interest, editor_of, organisation
):
    client.force_login(editor_of(organisation, "koordynatorka"))

    response = client.get(case_url(interest))

    page = response.content.decode()
    assert response.status_code == 200
    assert "Zofia Mocna – Oprowadzanie po Krakowie" in page
    assert "Mogę w soboty." in page
    assert "600100200" in page and "Oprowadzanie" in page and "Kraków" in page
    assert "1 z 1 wymaganej umiejętności" in page  # the match, in words
    assert "Przetwarzanie moich danych" in page and "2026-11" in page  # the consent
    assert "Zgłoszenie wysłane" in page  # the history starts with the interest itself
    assert "Notatki wewnętrzne" in page


def test_an_answer_prefilled_in_the_volunteers_language_is_sent_logged_and_shown(
    client, interest, editor_of, organisation, mailoutbox
):
    coordinator = editor_of(organisation, "koordynatorka")
    client.force_login(coordinator)
    form = client.get(case_url(interest) + "?status=ACCEPTED")
    prefilled = form.context["form"].initial["message"]

    response = client.post(
        case_url(interest), {"status": InterestStatus.ACCEPTED, "message": "Zapraszamy w sobotę."}
    )

    assert "Dobra wiadomość" in prefilled and interest.offer.title in prefilled
    assert response.status_code == 302
    interest.refresh_from_db()
    assert interest.status == InterestStatus.ACCEPTED
    (mail,) = mailoutbox
    assert mail.to == ["zofia@example.org"]
    assert "Przyjęte" in mail.body and "Zapraszamy w sobotę." in mail.body
    entry = ModelLogEntry.objects.get(
        content_type=ContentType.objects.get_for_model(Interest), object_id=str(interest.pk)
    )
    assert entry.action == "volunteering.interest.status"
    assert entry.user == coordinator
    assert entry.data == {"from": "NEW", "to": "ACCEPTED", "message": "Zapraszamy w sobotę."}
    page = client.get(case_url(interest)).content.decode()
    assert "z „Otrzymane” na „Przyjęte”" in page and "Zapraszamy w sobotę." in page


def test_a_message_without_a_new_status_goes_alone(
    client, interest, editor_of, organisation, mailoutbox
):
    client.force_login(editor_of(organisation, "koordynatorka"))

    client.post(case_url(interest), {"status": InterestStatus.NEW, "message": "Czy masz auto?"})

    (mail,) = mailoutbox
    assert "Czy masz auto?" in mail.body
    assert Interest.objects.get().status == InterestStatus.NEW


def test_internal_notes_are_kept_logged_and_never_mailed(
    client, interest, editor_of, organisation, mailoutbox
):
    client.force_login(editor_of(organisation, "koordynatorka"))

    response = client.post(
        reverse("volunteer_interests:note", args=[interest.pk]), {"text": "Dzwoniłam, oddzwoni."}
    )

    assert response.status_code == 302
    assert InterestNote.objects.get().text == "Dzwoniłam, oddzwoni."
    assert ModelLogEntry.objects.filter(action="volunteering.interest.note").count() == 1
    assert mailoutbox == []
    assert "Dzwoniłam, oddzwoni." in client.get(case_url(interest)).content.decode()


def test_an_editor_of_another_organisation_cannot_open_answer_or_annotate_the_case(
    client, interest, editor_of, other_organisation, other_volunteer_index, mailoutbox
):
    VolunteerOfferPageFactory(parent=other_volunteer_index)
    client.force_login(editor_of(other_organisation, "redaktor-beta"))

    responses = [
        client.get(case_url(interest)),
        client.post(case_url(interest), {"status": InterestStatus.DECLINED, "message": "x"}),
        client.post(reverse("volunteer_interests:note", args=[interest.pk]), {"text": "x"}),
    ]

    assert all(r.status_code in (403, 404) for r in responses), [r.status_code for r in responses]
    assert Interest.objects.get().status == InterestStatus.NEW
    assert not InterestNote.objects.exists()
    assert mailoutbox == []


def test_the_answer_starts_from_the_organisations_own_wording_of_the_status(interest, organisation):
    from pages.models import MessageTemplate, OrganisationDefaults
    from volunteering.coordination import default_message

    network_words = default_message(status=InterestStatus.ACCEPTED, interest=interest)
    MessageTemplate.objects.create(
        defaults=OrganisationDefaults.objects.get(organisation=organisation),
        kind="volunteering.interest.ACCEPTED",
        language_code=interest.volunteer.language_code,
        body="Witamy w zespole przewodników! Pierwsze spotkanie w sobotę o 10:00.",
    )

    own_words = default_message(status=InterestStatus.ACCEPTED, interest=interest)

    assert "Witamy w zespole" not in network_words
    assert own_words == "Witamy w zespole przewodników! Pierwsze spotkanie w sobotę o 10:00."
