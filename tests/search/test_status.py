"""`search_status` finds the drift between the database and the engine, `--repair` ends it; on
the OpenSearch node and on the Elasticsearch node."""

import io

from django.core.management import CommandError, call_command
from django.utils import timezone

import pytest

from jobs.models import JobPostingPage
from search import engine
from search.mapping import alias_name
from search.models import NetworkEntry
from tests.demo_network import load_demo_network

pytestmark = pytest.mark.django_db


def _status(*args) -> tuple[str, bool]:
    out = io.StringIO()
    try:
        call_command("search_status", *args, stdout=out)
    except CommandError:
        return out.getvalue(), False
    return out.getvalue(), True


def test_status_reports_and_repairs_drift(any_engine):
    call_command("load_demo_network", verbosity=0)
    call_command("search_reindex", verbosity=0)
    report, clean = _status()
    assert clean, report
    assert "engine drift: none" in report and "database drift: none" in report
    jobs_pl = JobPostingPage.objects.live().filter(locale__language_code="pl").count()
    assert any(line.split()[:2] == ["job", str(jobs_pl)] for line in report.splitlines())

    accountant = JobPostingPage.objects.get(locale__language_code="pl", slug="ksiegowy-ksiegowa")
    assistant = JobPostingPage.objects.filter(locale__language_code="pl").exclude(pk=accountant.pk)[
        0
    ]
    pl = alias_name("pl")
    # What a swallowed error, a lost task or a raw SQL edit leave behind:
    engine.call("delete", index=pl, id=str(accountant.pk), refresh="true")
    engine.call(
        "index",
        index=pl,
        id="987654",
        body={"page_id": 987654, "kind": "job", "title": "Ghost", "language": "pl"},
        refresh="true",
    )
    JobPostingPage.objects.filter(pk=assistant.pk).update(last_published_at=timezone.now())
    NetworkEntry.objects.filter(page_id=accountant.pk).delete()

    report, clean = _status("--language", "pl")
    assert not clean
    assert f"1 missing (pages {accountant.pk})" in report
    assert "1 extra (pages 987654)" in report
    assert f"1 stale (pages {assistant.pk})" in report

    report, clean = _status("--repair")
    assert clean, report
    report, clean = _status()
    assert clean and report.count("drift: none") == 4
    found = engine.call("search", index=pl, body={"query": {"ids": {"values": [accountant.pk]}}})
    assert found["hits"]["hits"][0]["_source"]["title"] == accountant.title
    assert NetworkEntry.objects.filter(page_id=accountant.pk).exists()


def test_status_without_engine_checks_the_database(no_engine):
    load_demo_network()
    call_command("search_reindex", verbosity=0)
    NetworkEntry.objects.filter(kind="job").delete()
    report, clean = _status()
    assert not clean and "missing" in report and "none configured" in report
    report, clean = _status("--repair")
    assert clean, report
