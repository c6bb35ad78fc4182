"""Saved searches and their e-mail alerts: the rules, the double opt-in, matching newly
published postings (from the database without an engine, by percolation with one) and sending
each match once."""

import datetime
import re

from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

import pytest

from jobs.factories import JobIndexPageFactory, JobPostingPageFactory
from search import alert_services, alerts
from search.models import AlertFrequency, AlertMatch, SavedSearch
from search.queries import SearchParams
from search.registry import NetworkDocument
from tests.form_assertions import assert_confirms, assert_explains_errors
from tests.search.conftest import run_tasks
from tests.security.test_erasure import rows_mentioning

NOW = datetime.datetime(2026, 11, 21, 9, 0, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def on_commit_runs_at_once(monkeypatch):
    """The test's transaction never commits; send the after-commit e-mails at once."""
    monkeypatch.setattr(
        "django.db.transaction.on_commit", lambda func, using=None, robust=False: func()
    )


def _document(**fields) -> NetworkDocument:
    values = {
        "page_id": 1,
        "kind": "job",
        "language": "pl",
        "title": "Księgowy / Księgowa",
        "url": "/praca/ksiegowy/",
        "summary": "Prowadzenie ksiąg fundacji",
        "organisation": "Fundacja Wspólnota",
        "tags": ["Księgowość"],
        "city": "Kraków",
        "latitude": 50.0614,
        "longitude": 19.9372,
        "employment_type": "EMPLOYMENT_CONTRACT",
    }
    return NetworkDocument(**{**values, **fields})


def test_matching_rule_reads_words_and_every_filter():
    document = _document()
    assert alerts.matches(SearchParams(q="KSIEGOWA fundacji"), document)
    assert not alerts.matches(SearchParams(q="księgowa grafik"), document)
    assert alerts.matches(SearchParams(kinds=["job", "volunteer"]), document)
    assert not alerts.matches(SearchParams(kinds=["volunteer"]), document)
    assert alerts.matches(
        SearchParams(tags=["księgowość"], organisations=["Inna", "Fundacja Wspólnota"]), document
    )
    assert not alerts.matches(SearchParams(organisations=["Inna"]), document)
    assert not alerts.matches(SearchParams(employment_type="B2B"), document)
    # Tarnów is about 72 km from Kraków.
    tarnow = {"latitude": 50.0121, "longitude": 20.9858, "city": "Tarnów"}
    assert alerts.matches(SearchParams(radius_km=80, **tarnow), document)
    assert not alerts.matches(SearchParams(radius_km=50, **tarnow), document)
    assert not alerts.matches(SearchParams(radius_km=80, **tarnow), _document(latitude=None))
    assert not alerts.matches(SearchParams(city="Tarnów"), document)


def test_time_rules():
    hour = datetime.timedelta(hours=1)
    assert alerts.wants(confirmed_at=NOW, first_published_at=NOW + hour)
    assert not alerts.wants(confirmed_at=NOW, first_published_at=NOW - hour)
    assert not alerts.wants(confirmed_at=None, first_published_at=NOW)
    # NOW is 10:00 in Warsaw; the digest goes from 7:00 local time.
    daily = {"frequency": AlertFrequency.DAILY}
    yesterday_evening, today_8 = NOW - 15 * hour, NOW - 2 * hour
    assert alerts.digest_due(**daily, last_sent_at=None, confirmed_at=yesterday_evening, now=NOW)
    assert not alerts.digest_due(**daily, last_sent_at=None, confirmed_at=today_8, now=NOW)
    assert not alerts.digest_due(**daily, last_sent_at=today_8, confirmed_at=NOW, now=NOW)
    assert alerts.digest_due(**daily, last_sent_at=today_8, confirmed_at=NOW, now=NOW + 22 * hour)
    at_6 = NOW + 20 * hour  # 6:00 the next morning: not yet
    assert not alerts.digest_due(**daily, last_sent_at=today_8, confirmed_at=NOW, now=at_6)
    instant = {"frequency": AlertFrequency.INSTANT, "confirmed_at": NOW}
    assert alerts.digest_due(**instant, last_sent_at=NOW, now=NOW)
    assert alerts.unconfirmed_expired(created_at=NOW - 48 * hour, confirmed_at=None, now=NOW)
    assert not alerts.unconfirmed_expired(created_at=NOW - 47 * hour, confirmed_at=None, now=NOW)
    assert not alerts.unconfirmed_expired(created_at=NOW - 99 * hour, confirmed_at=NOW, now=NOW)


def _link(message, kind: str) -> str:
    found = re.search(rf"http://\S+/{kind}/\S+/", message.body)
    assert found, message.body
    return found.group(0).removeprefix("http://localhost")


def _subscribe(client, query: dict, *, email="jan@example.org", frequency="instant") -> str:
    """Saves a search through the pages and confirms it; returns the unsubscribe path."""
    form = client.get("/szukaj/alerty/nowy/", query)
    assert form.status_code == 200
    mail.outbox.clear()
    sent = client.post(
        "/szukaj/alerty/nowy/", {**query, "email": email, "frequency": frequency, "consent": "on"}
    )
    assert sent.status_code == 302 and sent["Location"] == "/szukaj/alerty/wyslano/"
    run_tasks()  # the confirmation goes from the task queue
    (confirmation,) = mail.outbox
    confirm_path = _link(confirmation, "potwierdz")
    assert SavedSearch.objects.get(email=email).confirmed_at is None
    assert client.get(confirm_path).status_code == 200  # a mail scanner opening it confirms nothing
    assert SavedSearch.objects.get(email=email).confirmed_at is None
    confirmed = client.post(confirm_path)
    assert confirmed.status_code == 200
    assert SavedSearch.objects.get(email=email).confirmed_at is not None
    run_tasks()  # the saved search reaches the percolator index when there is an engine
    mail.outbox.clear()
    return re.search(r'href="(/szukaj/alerty/wypisz/[^"]+)"', confirmed.content.decode()).group(1)


def _publish(index, **fields):
    posting = JobPostingPageFactory(parent=index, **fields)
    posting.save_revision().publish()
    run_tasks()
    return posting


@pytest.mark.django_db
def test_alert_without_engine_double_opt_in_once_and_unsubscribe(no_engine, organisation):
    client = Client(enforce_csrf_checks=False)
    index = JobIndexPageFactory(parent=organisation)
    unsubscribe = _subscribe(client, {"q": "księgowa", "kind": "job", "city": "Kraków"})

    _publish(index, title="Grafik / Graficzka")  # does not match: no e-mail
    assert mail.outbox == []
    posting = _publish(index, title="Księgowy / Księgowa w fundacji")
    (alert,) = mail.outbox
    assert posting.title in alert.body and "księgowa" in alert.subject
    assert alert.extra_headers["List-Unsubscribe"] == f"<http://localhost{unsubscribe}>"
    assert alert.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert AlertMatch.objects.get(page=posting).notified_at is not None

    mail.outbox.clear()
    posting.save_revision().publish()  # edited and published again: not announced twice
    run_tasks()
    call_command("send_search_alerts", verbosity=0)
    assert mail.outbox == []

    # Mail programs' one-click unsubscribe: a bare POST without a CSRF token.
    strict = Client(enforce_csrf_checks=True)
    assert strict.get(unsubscribe).status_code == 200
    response = strict.post(unsubscribe, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not SavedSearch.objects.exists()
    assert rows_mentioning("jan@example.org") == []  # nor the finished subscription task
    assert strict.post(unsubscribe).status_code == 404
    _publish(index, title="Księgowa / Księgowy na pół etatu")
    assert mail.outbox == []


@pytest.mark.django_db
def test_daily_digest_from_percolation_with_stemming(search_engine, organisation):
    client = Client()
    index = JobIndexPageFactory(parent=organisation)
    # "księgowej" is another form of the word: the engine's stemming finds the posting.
    _subscribe(client, {"q": "księgowej"}, frequency="daily")
    saved = SavedSearch.objects.get()
    assert saved.criteria["kinds"] == ["job", "volunteer"]  # no kind chosen: all with alerts

    first = _publish(index, title="Księgowy / Księgowa")
    second = _publish(index, title="Główna księgowa / Główny księgowy")
    _publish(index, title="Koordynator / Koordynatorka wolontariatu")
    assert set(AlertMatch.objects.values_list("page_id", flat=True)) == {first.pk, second.pk}
    assert mail.outbox == []  # daily: nothing until the digest

    assert alert_services.send_due(now=timezone.now()) == 0  # confirmed after today's 7:00
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    assert alert_services.send_due(now=tomorrow) == 1
    (digest,) = mail.outbox
    assert first.title in digest.body and second.title in digest.body
    assert "2" in digest.subject
    assert alert_services.send_due(now=tomorrow) == 0

    # A later posting waits for the next day's digest.
    third = _publish(index, title="Samodzielna księgowa / Samodzielny księgowy")
    assert alert_services.send_due(now=tomorrow) == 0
    assert alert_services.send_due(now=tomorrow + datetime.timedelta(days=1)) == 1
    assert third.title in mail.outbox[1].body and first.title not in mail.outbox[1].body


@pytest.mark.django_db
def test_saving_a_search_gives_clear_answers(no_engine):
    client = Client()
    query = {"q": "księgowa", "kind": "job"}
    missing = client.post("/szukaj/alerty/nowy/", {**query, "email": "not-an-address"})
    assert missing.status_code == 400
    assert "Wprowadź poprawny adres email" in missing.content.decode()
    assert "zgod" in missing.content.decode()  # the consent is required
    assert not SavedSearch.objects.exists()

    programmes_only = client.get("/szukaj/alerty/nowy/", {"q": "x", "kind": "programme"})
    assert programmes_only.status_code == 400
    assert client.get("/szukaj/alerty/nowy/", {"q": "x" * 5000}).status_code == 400

    # The same answer whether an address has alerts already or not.
    data = {**query, "email": "ola@example.org", "frequency": "daily", "consent": "on"}
    assert client.post("/szukaj/alerty/nowy/", data)["Location"] == "/szukaj/alerty/wyslano/"
    assert client.post("/szukaj/alerty/nowy/", data)["Location"] == "/szukaj/alerty/wyslano/"
    run_tasks()
    assert SavedSearch.objects.count() == 1  # the same search is not saved twice

    assert client.get("/szukaj/alerty/potwierdz/" + "x" * 43 + "/").status_code == 404
    assert client.get("/szukaj/alerty/potwierdz/<script>/").status_code == 404

    SavedSearch.objects.update(created_at=timezone.now() - datetime.timedelta(hours=49))
    call_command("send_search_alerts", verbosity=0)
    assert not SavedSearch.objects.exists()


@pytest.mark.django_db
def test_search_page_offers_alerts_for_offers_only(no_engine):
    client = Client()
    page = client.get("/szukaj/", {"q": "księgowa", "kind": "job"}).content.decode()
    assert "/szukaj/alerty/nowy/?q=" in page
    page = client.get("/szukaj/", {"q": "festiwal", "kind": "programme"}).content.decode()
    assert "/szukaj/alerty/nowy/" not in page


@pytest.mark.django_db
def test_the_alert_form_explains_its_errors_and_confirms_what_happens_next(no_engine):
    client = Client()
    query = {"q": "księgowa", "kind": "job"}

    failed = client.post("/en/search/alerts/new/", {**query, "email": "not-an-address"})
    sent = client.post(
        "/szukaj/alerty/nowy/",
        {**query, "email": "ola@example.org", "frequency": "daily", "consent": "on"},
    )

    assert failed.status_code == 400
    assert_explains_errors(failed, fields=["email", "frequency", "consent"])
    assert sent.status_code == 302
    assert_confirms(client.get(sent["Location"]), next_steps="Co dalej")
