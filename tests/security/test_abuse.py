"""Rate limits, the honeypot, the admin lockout and the same answer for known and unknown
addresses, over every public form of every plugin."""

from django.core import mail

import pytest

from tests.search.conftest import run_tasks
from tests.security.form_names import FORM_NAMES
from volunteering.factories import VolunteerFactory

pytestmark = pytest.mark.django_db


def test_the_list_covers_every_rate_limited_view(public_forms):
    assert sorted(public_forms) == sorted(FORM_NAMES)


@pytest.mark.parametrize("name", FORM_NAMES)
def test_a_flood_gets_a_readable_429_and_nothing_of_it_is_stored(
    client, public_forms, settings, name
):
    # A day-long window: a minute-long one can end between the posts and reset the count.
    settings.FORM_RATE_LIMIT = "3/d"
    form = public_forms[name]
    form.prepare(client)

    answers = [form.post(client).status_code for _ in range(3)]
    stored = form.stored()
    flooded = form.post(client)

    assert 429 not in answers, answers
    assert flooded.status_code == 429
    assert "Zbyt wiele prób" in flooded.content.decode()
    assert form.stored() == stored
    # Another address is not affected by this one's flood.
    assert form.post(client, REMOTE_ADDR="10.0.0.9").status_code != 429


def test_the_limit_counts_the_address_the_proxy_saw(client, public_forms, settings):
    settings.FORM_RATE_LIMIT = "1/m"
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.TRUSTED_PROXIES = ["127.0.0.1"]  # the test client's address: our proxy
    form = public_forms["conference-registration"]

    # A client cannot escape the limit by sending its own X-Forwarded-For entries.
    first = form.post(client, HTTP_X_FORWARDED_FOR="1.1.1.1, 203.0.113.5")
    second = form.post(client, HTTP_X_FORWARDED_FOR="2.2.2.2, 203.0.113.5")
    other = form.post(client, HTTP_X_FORWARDED_FOR="203.0.113.6")

    assert first.status_code != 429
    assert second.status_code == 429
    assert other.status_code != 429


def test_forwarded_addresses_count_only_on_requests_from_a_trusted_proxy(
    client, public_forms, settings
):
    settings.FORM_RATE_LIMIT = "1/m"
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]  # not the test client's 127.0.0.1
    form = public_forms["conference-registration"]

    # A client that reaches the workers directly cannot make up a new address for each post.
    first = form.post(client, HTTP_X_FORWARDED_FOR="203.0.113.5")
    second = form.post(client, HTTP_X_FORWARDED_FOR="203.0.113.6")
    # Through two of our proxies the client is the first address from the right not ours.
    via_proxies = form.post(
        client, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="1.1.1.1, 198.51.100.7, 10.0.0.1"
    )
    again = form.post(
        client, REMOTE_ADDR="10.0.0.3", HTTP_X_FORWARDED_FOR="2.2.2.2, 198.51.100.7, 10.0.0.1"
    )

    assert first.status_code != 429
    assert second.status_code == 429
    assert via_proxies.status_code != 429
    assert again.status_code == 429


def test_a_locked_out_user_cannot_get_in_by_forging_forwarded_addresses(
    client, django_user_model, settings
):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    django_user_model.objects.create_user("redaktorka", "r@example.org", "poprawne-haslo-123")
    wrong = {"username": "redaktorka", "password": "zle"}

    for attempt in range(5):
        client.post("/admin/login/", wrong, HTTP_X_FORWARDED_FOR=f"203.0.113.{attempt}")
    forged = client.post(
        "/admin/login/",
        {"username": "redaktorka", "password": "poprawne-haslo-123"},
        HTTP_X_FORWARDED_FOR="198.51.100.99",
    )

    assert forged.status_code == 429
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("name", FORM_NAMES)
def test_a_filled_honeypot_is_refused_with_a_message_and_stores_nothing(client, public_forms, name):
    form = public_forms[name]
    form.prepare(client)
    mail.outbox.clear()

    response = form.post(client, {"website": "https://spam.example"})

    assert response.status_code == 400
    assert "Pozostaw pole „Pozostaw to pole puste” puste" in response.content.decode()
    assert form.stored() == 0
    assert mail.outbox == []


@pytest.mark.parametrize("name", ["job-application", "volunteer-registration", "saved-search"])
def test_the_honeypot_is_hidden_from_people_and_assistive_technology(client, public_forms, name):
    form = public_forms[name]
    page = client.get(form.url).content.decode()

    assert '<div class="hp-field" aria-hidden="true">' in page
    assert 'tabindex="-1"' in page.split('class="hp-field"')[1].split("</div>")[0]


def test_asking_for_a_link_answers_the_same_for_known_and_unknown_addresses(client, public_forms):
    VolunteerFactory(email="znana@example.org")
    form = public_forms["volunteer-link"]

    known = form.post(client, {"email": "znana@example.org"})
    known_page = client.get(known.url)
    unknown = form.post(client, {"email": "obca@example.org"})
    unknown_page = client.get(unknown.url)
    run_tasks()

    # Both land on the same confirmation, which names the address typed (to spot a typo).
    assert known.status_code == unknown.status_code == 303
    assert known.url == unknown.url
    normalise = lambda response, email: response.content.decode().replace(email, "ADDRESS")  # noqa: E731
    assert normalise(known_page, "znana@example.org") == normalise(unknown_page, "obca@example.org")
    assert [message.to for message in mail.outbox] == [["znana@example.org"]]


def test_registering_an_address_twice_gives_the_same_answer(client, public_forms):
    form = public_forms["volunteer-registration"]

    first = form.post(client)
    first_page = client.get(first.url)
    second = form.post(client)
    second_page = client.get(second.url)

    assert first.status_code == second.status_code == 303
    assert first.url == second.url
    assert first_page.content == second_page.content


def test_admin_sign_in_locks_after_five_failures_even_for_the_right_password(
    client, django_user_model
):
    django_user_model.objects.create_user("redaktorka", "r@example.org", "poprawne-haslo-123")
    wrong = {"username": "redaktorka", "password": "zle"}

    failures = [client.post("/admin/login/", wrong).status_code for _ in range(5)]
    locked = client.post(
        "/admin/login/", {"username": "redaktorka", "password": "poprawne-haslo-123"}
    )

    # Wagtail shows its form again with an error; the fifth failure locks the pair out.
    assert failures == [200, 200, 200, 200, 429]
    assert locked.status_code == 429
    assert "Logowanie zablokowane" in locked.content.decode()
    assert "_auth_user_id" not in client.session
    # Another user name from the same address can still sign in.
    django_user_model.objects.create_user("koordynator", "k@example.org", "inne-haslo-456")
    other = client.post("/admin/login/", {"username": "koordynator", "password": "inne-haslo-456"})
    assert other.status_code == 302


def test_wrong_user_names_and_wrong_passwords_get_the_same_message(client, django_user_model):
    django_user_model.objects.create_user("redaktorka", "r@example.org", "poprawne-haslo-123")

    unknown_user = client.post("/admin/login/", {"username": "nikt", "password": "x"})
    wrong_password = client.post("/admin/login/", {"username": "redaktorka", "password": "x"})

    def error_text(response):
        return [str(error) for error in response.context["form"].non_field_errors()]

    assert error_text(unknown_user) == error_text(wrong_password)
