"""Every public form that takes an e-mail address answers the same, in the same time, for an
address that has an account, a registration or an alert and for one that has none: the
e-mails go from the task queue, so the request does the same work either way."""

import itertools
import re
import statistics
import time
from dataclasses import dataclass

from django.core import mail
from django.test import Client

import pytest

from pages.models import ConferencePage, ConferenceRegistration
from search.models import SavedSearch
from tests.search.conftest import run_tasks
from tests.security.slow_mail import MAIL_SERVER_SECONDS
from volunteering.factories import VolunteerFactory

pytestmark = pytest.mark.django_db

ROUNDS = 30
KNOWN = "znana@example.org"
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')


@dataclass
class Probe:
    url: str
    data: dict
    field: str = "email"


@pytest.fixture
def slow_mail(settings):
    settings.EMAIL_BACKEND = "tests.security.slow_mail.SlowEmailBackend"


@pytest.fixture
def probes(public_forms, django_user_model, settings) -> dict[str, Probe]:
    """Each public form, with KNOWN made known to it: a confirmed volunteer, a registration
    for the event, a confirmed alert for the same search, an admin account."""
    settings.RATE_LIMITS = {"admin-password-reset-address": "10000/m"}
    VolunteerFactory(email=KNOWN)
    ConferencePage.objects.update(capacity=10 * ROUNDS)
    conference = ConferencePage.objects.get()
    ConferenceRegistration.objects.create(
        conference=conference,
        name="Znana Osoba",
        email=KNOWN,
        language_code="pl",
        consent_given_at=conference.start_at,
    )
    forms = public_forms
    alert = forms["saved-search"].valid()
    Client().post(forms["saved-search"].url, alert | {"email": KNOWN})
    SavedSearch.objects.filter(email=KNOWN).update(confirmed_at=conference.start_at)
    django_user_model.objects.create_user("redaktorka", KNOWN, "haslo-redaktorki-123")
    run_tasks()
    mail.outbox.clear()
    return {
        "volunteer-link": Probe(forms["volunteer-link"].url, {}),
        "volunteer-registration": Probe(
            forms["volunteer-registration"].url, forms["volunteer-registration"].valid()
        ),
        "conference-registration": Probe(
            forms["conference-registration"].url, forms["conference-registration"].valid()
        ),
        "saved-search": Probe(forms["saved-search"].url, alert),
        "admin-password-reset": Probe("/admin/password_reset/", {}),
    }


def _answer(response, address: str) -> tuple:
    """What a visitor sees, with the address they typed and the CSRF token taken out."""
    body = CSRF.sub("", response.content.decode()).replace(address, "ADDRESS")
    return response.status_code, response.get("Location", ""), body


def _post(client, probe: Probe, address: str):
    started = time.perf_counter()
    response = client.post(probe.url, probe.data | {probe.field: address})
    return response, time.perf_counter() - started


@pytest.mark.parametrize(
    "name",
    [
        "volunteer-link",
        "volunteer-registration",
        "conference-registration",
        "saved-search",
        "admin-password-reset",
    ],
)
def test_a_known_and_an_unknown_address_get_the_same_answer_in_the_same_time(
    client, probes, slow_mail, name
):
    probe = probes[name]
    fresh = (f"nowa{n}@example.org" for n in itertools.count())
    timings: dict[str, list[float]] = {"known": [], "unknown": []}
    answers: dict[str, set] = {"known": set(), "unknown": set()}
    _post(client, probe, next(fresh))  # warm up: first-request imports and caches

    for round_number in range(ROUNDS):
        # Alternating which goes first, so a machine slowing down favours neither.
        order = ["known", "unknown"] if round_number % 2 else ["unknown", "known"]
        for kind in order:
            address = KNOWN if kind == "known" else next(fresh)
            response, seconds = _post(client, probe, address)
            timings[kind].append(seconds)
            answers[kind].add(_answer(response, address))

    assert answers["known"] == answers["unknown"]
    assert len(answers["known"]) == 1
    known, unknown = (statistics.median(timings[kind]) for kind in ("known", "unknown"))
    # An e-mail sent in the request costs MAIL_SERVER_SECONDS (50 ms); noise on a busy
    # two-core machine stays well under a fifth of it.
    bound = max(MAIL_SERVER_SECONDS / 5, 0.1 * min(known, unknown))
    report = f"median known {known * 1000:.1f} ms, unknown {unknown * 1000:.1f} ms"
    assert abs(known - unknown) < bound, report
    print(f"{name}: {report}")


@pytest.mark.parametrize("name", ["volunteer-link", "admin-password-reset"])
def test_the_worker_mails_a_known_address_and_nothing_to_an_unknown_one(client, probes, name):
    probe = probes[name]
    client.post(probe.url, probe.data | {probe.field: KNOWN})
    client.post(probe.url, probe.data | {probe.field: "nikt@example.org"})
    assert mail.outbox == []  # nothing is sent while the visitor waits

    run_tasks()

    assert [message.to for message in mail.outbox] == [[KNOWN]]


def test_the_admin_password_reset_is_rate_limited_per_client_and_per_address(client, settings):
    # Day-long windows: a minute-long one can end between the posts and reset the count.
    settings.FORM_RATE_LIMIT, settings.ADDRESS_RATE_LIMIT = "3/d", "2/d"
    url = "/admin/password_reset/"

    from_one_client = [
        client.post(url, {"email": f"osoba{n}@example.org"}).status_code for n in range(4)
    ]
    for_one_address = [
        client.post(url, {"email": KNOWN.upper()}, REMOTE_ADDR=f"10.0.0.{n}").status_code
        for n in range(3)
    ]

    assert from_one_client == [302, 302, 302, 429]
    assert for_one_address == [302, 302, 429]
    assert "Zbyt wiele prób" in client.post(url, {"email": KNOWN}).content.decode()
    assert (
        client.post(url, {"email": "inna@example.org"}, REMOTE_ADDR="10.0.1.1").status_code == 302
    )
