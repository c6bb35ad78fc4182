"""Expressing interest, the coordinator's answer, withdrawing, and offers that refuse."""

import datetime

from django.urls import reverse
from django.utils import timezone

import pytest

from tests.form_assertions import assert_confirms, assert_explains_errors
from tests.search.conftest import run_tasks
from volunteering import tokens
from volunteering.factories import (
    VolunteerFactory,
    VolunteerOfferPageFactory,
    registration_form_data,
)
from volunteering.models import Interest, InterestStatus

from .test_registration import link_in

pytestmark = pytest.mark.django_db


def sign_in(client, volunteer):
    client.post(reverse("volunteering:enter", args=[tokens.make_token(volunteer, tokens.MANAGE)]))


def interest_url(offer) -> str:
    return offer.url + "zglaszam-sie/"


def test_a_visitor_without_a_profile_registers_first_and_the_interest_follows(
    client, offer, terms, mailoutbox, editor_of, organisation
):
    editor_of(organisation, "koordynatorka")

    response = client.post(interest_url(offer))

    assert response.status_code == 302
    assert response.url == reverse("volunteering:register") + f"?offer={offer.pk}"
    form = client.get(response.url)
    assert offer.title in form.content.decode()
    client.post(
        response.url,
        registration_form_data() | {"offer": str(offer.pk)},
    )
    run_tasks()
    client.post(link_in(mailoutbox[0]))

    interest = Interest.objects.get()
    assert interest.offer == offer
    assert interest.volunteer.name == "Łukasz Źdźbło"
    to_coordinator = next(m for m in mailoutbox if m.to == ["koordynatorka@example.org"])
    assert "Łukasz Źdźbło" in to_coordinator.body
    assert f"/admin/volunteer_interests/edit/{interest.pk}/" in to_coordinator.body
    assert any(m.to == ["lukasz@example.org"] and offer.title in m.subject for m in mailoutbox)


def test_the_offer_page_explains_the_fit_to_a_signed_in_volunteer(client, offer, terms):
    volunteer = VolunteerFactory(skills=terms["guiding"].mask, causes=terms["heritage"].mask)
    sign_in(client, volunteer)

    page = client.get(interest_url(offer)).content.decode()

    assert "1 z 1 wymaganej umiejętności" in page
    assert "wspólne sprawy: Dziedzictwo" in page


def test_the_offer_page_carries_no_form_token_or_cookie_for_an_anonymous_visitor(client, offer):
    response = client.get(offer.url)

    page = response.content.decode()
    assert response.status_code == 200
    assert "csrfmiddlewaretoken" not in page
    assert not response.cookies
    assert f'href="{interest_url(offer)}"' in page


def test_the_offer_page_is_the_same_for_a_signed_in_volunteer(client, offer, terms):
    anonymous = client.get(offer.url).content.decode()
    sign_in(client, VolunteerFactory(skills=terms["guiding"].mask))

    signed_in = client.get(offer.url).content.decode()

    assert "csrfmiddlewaretoken" not in signed_in
    assert "wymaganej umiejętności" not in signed_in
    assert signed_in.split("<main")[1] == anonymous.split("<main")[1]


def test_the_interest_route_asks_a_visitor_without_a_profile_to_register_first(client, offer):
    response = client.get(interest_url(offer))

    page = response.content.decode()
    assert response.status_code == 200
    assert offer.title in page.split("<h1>")[1].split("</h1>")[0]
    assert f"{reverse('volunteering:register')}?offer={offer.pk}" in page
    assert f'href="{offer.url}"' in page


def test_an_invalid_interest_answers_400_with_an_error_summary_linked_to_the_field(client, offer):
    sign_in(client, VolunteerFactory())

    response = client.post(interest_url(offer), {"message": "x" * 2001})

    page = response.content.decode()
    assert response.status_code == 400
    assert 'href="#id_message"' in page.split('class="error-summary"')[1].split("</div>")[0]
    assert_explains_errors(response, fields=["message"])
    assert not Interest.objects.exists()


def test_a_sent_interest_lands_on_a_visible_confirmation(client, offer):
    sign_in(client, VolunteerFactory())

    response = client.post(interest_url(offer), {"message": "Chętnie."})
    landing = client.get(response["Location"])

    assert response.status_code == 303
    assert response["Location"] == interest_url(offer) + "wyslano/"
    page = landing.content.decode()
    assert "koordynator" in page.split('class="confirmation-panel"')[1].split("</div>")[0].lower()
    assert_confirms(landing, next_steps="Co dalej")
    assert 'name="message"' not in page


def test_the_interest_route_of_a_full_offer_says_so(client, volunteer_index):
    full = VolunteerOfferPageFactory(parent=volunteer_index, places_total=2, places_filled=2)
    sign_in(client, VolunteerFactory())

    response = client.get(interest_url(full))

    page = response.content.decode()
    assert response.status_code == 200
    assert "banner--closed" in page
    assert 'name="message"' not in page


def test_the_coordinator_answers_and_the_volunteer_hears_of_each_change(
    client, offer, mailoutbox, editor_of, organisation
):
    coordinator = editor_of(organisation, "koordynator")
    volunteer = VolunteerFactory(email="wolontariuszka@example.org")
    sign_in(client, volunteer)
    client.post(interest_url(offer), {"message": "Mogę w poniedziałki."})
    interest = Interest.objects.get()
    client.force_login(coordinator)

    for status in (InterestStatus.CONTACTED, InterestStatus.ACCEPTED):
        response = client.post(
            reverse("volunteer_interests:edit", args=[interest.pk]), {"status": status}
        )
        assert response.status_code == 302

    interest.refresh_from_db()
    assert interest.status == InterestStatus.ACCEPTED
    to_volunteer = [m for m in mailoutbox if m.to == ["wolontariuszka@example.org"]]
    assert [m.subject for m in to_volunteer[-2:]] == [f"Wiadomość w sprawie „{offer.title}”"] * 2
    assert "Przyjęte" in to_volunteer[-1].body


def test_the_volunteer_can_withdraw(client, offer, mailoutbox):
    volunteer = VolunteerFactory()
    sign_in(client, volunteer)
    client.post(interest_url(offer))
    interest = Interest.objects.get()

    response = client.post(reverse("volunteering:withdraw", args=[interest.pk]))

    assert response.status_code == 302
    interest.refresh_from_db()
    assert interest.status == InterestStatus.WITHDRAWN
    # Someone else's interest cannot be withdrawn by guessing its id.
    other = VolunteerFactory()
    sign_in(client, other)
    client.post(reverse("volunteering:withdraw", args=[interest.pk]))
    assert Interest.objects.get().status == InterestStatus.WITHDRAWN


@pytest.mark.parametrize(
    ("make_offer", "message"),
    [
        (
            lambda index: VolunteerOfferPageFactory(
                parent=index, deadline_date=timezone.localdate() - datetime.timedelta(days=1)
            ),
            "zamknięta",
        ),
        (
            lambda index: VolunteerOfferPageFactory(parent=index, places_total=2, places_filled=2),
            "miejsca w tej ofercie są zajęte",
        ),
    ],
)
def test_closed_or_full_offers_refuse_interest_with_a_clear_message(
    client, volunteer_index, make_offer, message
):
    closed = make_offer(volunteer_index)
    sign_in(client, VolunteerFactory())

    response = client.post(interest_url(closed))

    assert response.status_code == 409
    assert message in response.content.decode()
    assert not Interest.objects.exists()


def test_unpublished_and_orphan_offers_refuse_interest(offer, home):
    from volunteering.services import InterestRefused, express_interest

    volunteer = VolunteerFactory()
    offer.unpublish()
    with pytest.raises(InterestRefused, match="nie jest opublikowana"):
        express_interest(volunteer=volunteer, offer=offer, now=timezone.now())

    from volunteering.factories import VolunteerIndexPageFactory

    orphan = VolunteerOfferPageFactory(parent=VolunteerIndexPageFactory(parent=home, slug="x"))
    with pytest.raises(InterestRefused, match="nie należy do żadnej organizacji"):
        express_interest(volunteer=volunteer, offer=orphan, now=timezone.now())


def test_a_second_interest_in_the_same_offer_is_refused(client, offer):
    sign_in(client, VolunteerFactory())
    client.post(interest_url(offer))

    response = client.post(interest_url(offer))

    assert response.status_code == 409
    assert Interest.objects.count() == 1


def test_the_offer_page_may_be_kept_at_the_edge_and_a_volunteers_interest_route_may_not(
    client, offer, settings
):
    # An anonymous visitor's interest route only says how to register or sign in (the same
    # for everyone); a volunteer's session makes it theirs, with their fit and form.
    settings.EDGE_CACHE_SECONDS = 300

    detail = client.get(offer.url)
    client.cookies["sessionid"] = "a-volunteers-session"
    form = client.get(offer.url + "zglaszam-sie/")

    assert "public" in detail["Cache-Control"]
    assert "private" in form["Cache-Control"]
    assert "public" not in form["Cache-Control"]
