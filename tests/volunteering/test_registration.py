"""Registration without a password, the signed links, the profile, export and erasure."""

import datetime
import json
import re
from unittest import mock
from urllib.parse import urlsplit

from django.apps import apps
from django.urls import reverse
from django.utils import timezone

import pytest

from tests.form_assertions import assert_confirms, assert_explains_errors
from tests.search.conftest import run_tasks
from tests.security.test_erasure import rows_mentioning
from volunteering import services
from volunteering.factories import VolunteerFactory, registration_form_data
from volunteering.models import Consent, ConsentKind, Interest, Volunteer

pytestmark = pytest.mark.django_db


def registration_data(**changes):
    data = {
        "name": "Zażółć Gęślą-Jaźń",
        "email": "zazolc@example.org",
        "phone": "12 345 67 89",
        "place_name": "skawina",
        "travel_km": "20",
        "remote_ok": "on",
        "availability": ["tue-evening", "sat-morning"],
        "skills": ["oprowadzanie", "fotografia"],
        "causes": ["dziedzictwo"],
        "languages": ["pl", "uk"],
        "age_bracket": "30-49",
        "discoverable": "on",
        "consent": "on",
    }
    data.update(changes)
    return data


def link_in(message) -> str:
    """The path of the first link in an e-mail (the links are absolute)."""
    return urlsplit(re.search(r"https?://\S+", message.body).group(0)).path


def test_registration_records_the_profile_and_each_consent(client, terms, mailoutbox):
    response = client.post(reverse("volunteering:register"), registration_data())
    run_tasks()

    assert response.status_code == 303
    assert response["Location"] == reverse("volunteering:register_sent")
    volunteer = Volunteer.objects.get()
    assert volunteer.name == "Zażółć Gęślą-Jaźń"
    assert volunteer.place_name == "Skawina"
    assert volunteer.phone == "+48123456789"
    assert volunteer.confirmed_at is None
    assert volunteer.skills == terms["guiding"].mask | terms["photo"].mask
    consents = {c.kind: c for c in Consent.objects.filter(volunteer=volunteer)}
    assert set(consents) == {ConsentKind.DATA_PROCESSING, ConsentKind.DISCOVERABLE}
    assert consents[ConsentKind.DATA_PROCESSING].notice_version == services.NOTICE_VERSION
    assert consents[ConsentKind.DATA_PROCESSING].language_code == "pl"
    assert len(mailoutbox) == 1
    assert "/wolontariusz/potwierdz/" in mailoutbox[0].body


def test_confirmation_takes_a_click_and_opens_the_profile(client, terms, mailoutbox):
    client.post(reverse("volunteering:register"), registration_data())
    run_tasks()
    link = link_in(mailoutbox[0])

    shown = client.get(link)
    assert shown.status_code == 200
    assert Volunteer.objects.get().confirmed_at is None

    confirmed = client.post(link, follow=True)
    assert Volunteer.objects.get().confirmed_at is not None
    assert confirmed.redirect_chain[-1][0] == reverse("volunteering:profile")
    assert "Zażółć" in confirmed.content.decode()


def test_an_expired_confirmation_link_is_refused(client, terms, mailoutbox):
    client.post(reverse("volunteering:register"), registration_data())
    run_tasks()
    link = link_in(mailoutbox[0])
    later = timezone.now().timestamp() + 49 * 3600

    with mock.patch("django.core.signing.time.time", return_value=later):
        response = client.post(link)

    assert response.status_code == 410
    assert Volunteer.objects.get().confirmed_at is None


def test_a_forged_link_is_refused(client):
    response = client.get(reverse("volunteering:confirm", args=["not-a-token"]))

    assert response.status_code == 400


def test_a_known_address_gets_the_same_answer_and_a_link_by_mail(client, terms, mailoutbox):
    VolunteerFactory(email="zazolc@example.org", name="Pierwsza")

    response = client.post(reverse("volunteering:register"), registration_data())
    run_tasks()

    assert response.status_code == 303
    assert Volunteer.objects.get().name == "Pierwsza"  # an unconfirmed form changes nothing
    assert "/wolontariusz/wejdz/" in mailoutbox[0].body


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"email": "a@example.org\nBcc: b@example.org"}, "email", "line break"),
        ({"phone": "1" * 500}, "phone", "at most 20 characters"),
        ({"phone": "12345"}, "phone", "valid phone"),
        ({"place_name": "Atlantyda"}, "place_name", "We do not know"),
        ({"availability": []}, "availability", "at least one time"),
        ({"consent": ""}, "consent", "without this consent"),
        ({"age_bracket": "13-15"}, "guardian_consent", "guardian"),
        ({"travel_km": "-4"}, "travel_km", ""),
    ],
)
def test_bad_input_gets_a_clear_error(client, terms, changes, field, message):
    response = client.post("/en/volunteer/register/", registration_data(**changes))

    assert response.status_code == 400
    errors = response.context["form"].errors
    assert field in errors
    assert message in " ".join(errors[field])
    assert not Volunteer.objects.exists()


def test_polish_letters_and_a_minor_with_guardian_consent_are_accepted(client, terms):
    data = registration_data(
        name="Łucja Śródecka-Żuławska", age_bracket="13-15", guardian_consent="on"
    )

    response = client.post(reverse("volunteering:register"), data)
    run_tasks()

    assert response.status_code == 303
    volunteer = Volunteer.objects.get()
    assert volunteer.name == "Łucja Śródecka-Żuławska"
    assert volunteer.consents.filter(kind=ConsentKind.GUARDIAN).exists()


def enter_profile(client, volunteer):
    from volunteering import tokens

    token = tokens.make_token(volunteer, tokens.MANAGE)
    return client.post(reverse("volunteering:enter", args=[token]))


def test_the_manage_link_opens_the_profile_and_requesting_it_reveals_nothing(client, mailoutbox):
    volunteer = VolunteerFactory(email="ola@example.org")

    known = client.post(reverse("volunteering:request_link"), {"email": "OLA@example.org"})
    known_page = client.get(known["Location"]).content.decode()
    unknown = client.post(reverse("volunteering:request_link"), {"email": "nikt@example.org"})
    unknown_page = client.get(unknown["Location"]).content.decode()
    run_tasks()

    assert known.status_code == unknown.status_code == 303
    assert known["Location"] == unknown["Location"] == reverse("volunteering:link_sent")
    assert known_page.replace("OLA@example.org", "X") == unknown_page.replace(
        "nikt@example.org", "X"
    )
    assert len(mailoutbox) == 1
    response = client.post(link_in(mailoutbox[0]))
    assert response.status_code == 302
    assert client.get(reverse("volunteering:profile")).context["volunteer"] == volunteer


def test_editing_the_profile_records_a_withdrawn_consent(client, terms):
    volunteer = VolunteerFactory(discoverable=True)
    Consent.objects.create(
        volunteer=volunteer,
        kind=ConsentKind.DISCOVERABLE,
        notice_version="2026-11",
        language_code="pl",
        given_at=timezone.now(),
    )
    enter_profile(client, volunteer)
    data = registration_data()
    data.pop("discoverable")

    response = client.post(reverse("volunteering:edit"), data)

    assert response.status_code == 302
    volunteer.refresh_from_db()
    assert not volunteer.discoverable
    assert Consent.objects.get(kind=ConsentKind.DISCOVERABLE).withdrawn_at is not None


def test_export_holds_profile_interests_and_consents(client, offer, terms):
    volunteer = VolunteerFactory(name="Ewa Eksport", skills=terms["guiding"].mask)
    services.express_interest(
        volunteer=volunteer, offer=offer, message="Chętnie!", now=timezone.now()
    )
    Consent.objects.create(
        volunteer=volunteer,
        kind=ConsentKind.DATA_PROCESSING,
        notice_version="2026-11",
        language_code="pl",
        given_at=timezone.now(),
    )
    enter_profile(client, volunteer)

    response = client.get(reverse("volunteering:export"))

    assert response["Content-Type"] == "application/json"
    data = json.loads(response.content)
    assert data["profile"]["name"] == "Ewa Eksport"
    assert data["profile"]["skills"] == ["Oprowadzanie"]
    assert data["interests"][0]["offer"] == offer.title
    assert data["interests"][0]["message"] == "Chętnie!"
    assert data["consents"][0]["notice_version"] == "2026-11"


def rows_referring_to(volunteer_pk: int, interest_pks: list[int]) -> list[str]:
    """Every row of every model with a relation to Volunteer or Interest that still points at
    them, plus admin log entries naming them."""
    from volunteering.models import Interest as InterestModel
    from volunteering.models import Volunteer as VolunteerModel

    found = []
    for model in apps.get_models():
        for field in model._meta.get_fields():
            target = getattr(field, "related_model", None)
            if not getattr(field, "concrete", False) or target not in (
                VolunteerModel,
                InterestModel,
            ):
                continue
            ids = [volunteer_pk] if target is VolunteerModel else interest_pks
            if model.objects.filter(**{f"{field.name}__in": ids}).exists():
                found.append(f"{model.__name__}.{field.name}")
    from wagtail.models import ModelLogEntry

    for entry in ModelLogEntry.objects.filter(content_type__app_label="volunteering"):
        if entry.object_id in {str(volunteer_pk), *map(str, interest_pks)}:
            found.append(f"ModelLogEntry {entry.pk}")
    return found


def test_erasure_leaves_no_row_referring_to_the_volunteer(client, offer, admin_user):
    volunteer = VolunteerFactory()
    interest = services.express_interest(volunteer=volunteer, offer=offer, now=timezone.now())
    # A coordinator's status change writes an admin log entry naming the interest.
    client.force_login(admin_user)
    client.post(reverse("volunteer_interests:edit", args=[interest.pk]), {"status": "CONTACTED"})
    client.logout()
    enter_profile(client, volunteer)
    assert rows_referring_to(volunteer.pk, [interest.pk]) != []

    response = client.post(reverse("volunteering:erase"))

    assert response.status_code == 200
    assert not Volunteer.objects.filter(pk=volunteer.pk).exists()
    assert rows_referring_to(volunteer.pk, [interest.pk]) == []
    assert client.get(reverse("volunteering:profile")).status_code == 302


def test_retention_deletes_unconfirmed_warns_and_erases_the_inactive(mailoutbox, offer):
    now = timezone.now()
    fresh = VolunteerFactory(confirmed_at=None, created_at=now - datetime.timedelta(hours=47))
    stale = VolunteerFactory(confirmed_at=None, created_at=now - datetime.timedelta(hours=49))
    active = VolunteerFactory(last_active_at=now - datetime.timedelta(days=700))
    dormant = VolunteerFactory(last_active_at=now - datetime.timedelta(days=731))
    Interest.objects.create(volunteer=dormant, offer=offer, created_at=now)

    assert services.erase_inactive(now=now) == 0  # nobody is erased without a warning
    assert services.delete_unconfirmed(now=now) == 1
    assert services.warn_inactive(now=now) == 1
    assert mailoutbox[-1].to == [dormant.email]

    # 29 days after the warning nothing is erased; at 30 days the profile goes.
    assert services.erase_inactive(now=now + datetime.timedelta(days=29)) == 0
    assert services.erase_inactive(now=now + datetime.timedelta(days=30)) == 1
    assert set(Volunteer.objects.values_list("pk", flat=True)) == {fresh.pk, active.pk}
    assert not Interest.objects.exists()
    assert stale.pk not in set(Volunteer.objects.values_list("pk", flat=True))


def test_the_keep_link_saves_a_warned_profile(client, mailoutbox):
    now = timezone.now()
    dormant = VolunteerFactory(last_active_at=now - datetime.timedelta(days=731))
    services.warn_inactive(now=now)
    link = link_in(mailoutbox[0])

    assert client.get(link).status_code == 200
    assert client.post(link).status_code == 302

    assert services.erase_inactive(now=now + datetime.timedelta(days=31)) == 0
    dormant.refresh_from_db()
    assert dormant.inactivity_warned_at is None


def test_the_registration_form_names_only_offers_anyone_may_join(client, volunteer_index):
    from wagtail.models import PageViewRestriction

    from volunteering.factories import VolunteerOfferPageFactory

    public = VolunteerOfferPageFactory(parent=volunteer_index, title="Oferta otwarta")
    private = VolunteerOfferPageFactory(parent=volunteer_index, title="Oferta za hasłem")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="tajne"
    )
    closed = VolunteerOfferPageFactory(
        parent=volunteer_index,
        title="Oferta zamknięta",
        deadline_date=timezone.localdate() - datetime.timedelta(days=1),
    )

    def shown(offer):
        return client.get(reverse("volunteering:register"), {"offer": offer.pk}).context["offer"]

    assert shown(public) == public
    assert shown(private) is None
    assert shown(closed) is None
    page = client.get(reverse("volunteering:register"), {"offer": private.pk}).content.decode()
    assert "Oferta za hasłem" not in page


def test_a_link_sent_with_the_former_polish_query_name_still_names_its_offer(
    client, volunteer_index
):
    from volunteering.factories import VolunteerOfferPageFactory

    offer = VolunteerOfferPageFactory(parent=volunteer_index, title="Oferta otwarta")

    response = client.get(reverse("volunteering:register"), {"oferta": offer.pk})

    assert response.context["offer"] == offer


@pytest.mark.parametrize("value", ["999999999999999999999", "2147483648", "0", "-1", "abc", "1e3"])
def test_an_offer_number_no_page_can_have_shows_the_form_without_an_offer(client, value):
    response = client.get(reverse("volunteering:register"), {"offer": value})

    assert response.status_code == 200
    assert response.context["offer"] is None


def test_erasure_also_takes_the_finished_registration_and_link_tasks_that_carry_the_address(
    client, terms
):
    """The worker completes the registration and link forms (so that no visitor can time
    them); their task rows hold the address and the profile until erasure deletes them."""
    client.post(reverse("volunteering:register"), registration_form_data())
    client.post(reverse("volunteering:request_link"), {"email": "lukasz@example.org"})
    run_tasks()
    volunteer = Volunteer.objects.get(email="lukasz@example.org")
    assert "django_tasks_database.DBTaskResult.args_kwargs" in rows_mentioning(volunteer.email)

    services.erase_volunteer(volunteer=volunteer)

    assert rows_mentioning("lukasz@example.org") == []
    assert rows_mentioning("Źdźbło") == []


def test_a_sent_registration_lands_on_a_confirmation_naming_the_address(client, terms):
    response = client.post(reverse("volunteering:register"), registration_data())
    landing = client.get(response["Location"])

    assert response.status_code == 303
    assert "zazolc@example.org" in landing.content.decode().split('class="confirmation-panel"')[1]
    assert_confirms(landing, next_steps="Co dalej")


def test_a_failed_registration_lists_each_error_as_a_link_to_its_field(client, terms):
    data = registration_data(email="nie-adres", consent="", availability=[])

    response = client.post(reverse("volunteering:register"), data)

    assert response.status_code == 400
    assert_explains_errors(response, fields=["email", "consent", "availability"])


def test_a_failed_profile_edit_and_link_request_explain_their_errors(client, terms):
    enter_profile(client, VolunteerFactory())

    edit = client.post(reverse("volunteering:edit"), registration_data(availability=[]))
    ask = client.post(reverse("volunteering:request_link"), {"email": "nie-adres"})

    assert edit.status_code == ask.status_code == 400
    assert_explains_errors(edit, fields=["availability"])
    assert_explains_errors(ask, fields=["email"])
