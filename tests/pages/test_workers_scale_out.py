"""Several task workers and several machines running cron: every task runs exactly once and
every e-mail goes out once. Real `db_worker` processes against the test's PostgreSQL; the
scheduled commands take an advisory lock, so a second copy started at the same time skips."""

import email
import os
import subprocess
import sys
from pathlib import Path

from django.core.management import call_command
from django.db import connection
from django.utils import timezone

import psycopg
import pytest
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from jobs.factories import JobIndexPageFactory, JobPostingPageFactory
from pages.locks import AlreadyRunning, exclusive, lock_key
from pages.tasks import retry_email
from search.models import AlertFrequency, AlertMatch, SavedSearch
from search.tasks import send_search_alerts, sync_page

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.django_db(transaction=True)


def _database_url() -> str:
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{db['USER']}{password}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def _environment(mail_dir: Path) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings_workers",
        "DATABASE_URL": _database_url(),
        "SIEC_TEST_MAIL_DIR": str(mail_dir),
    }


def _manage(*args: str, env: dict) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _sent_subjects(mail_dir: Path) -> list[str]:
    subjects = []
    for path in mail_dir.glob("*.log"):
        # The file backend appends every message of one connection to one file, each after a
        # line of dashes.
        for chunk in path.read_text().split("-" * 79):
            if chunk.strip():
                subjects.append(email.message_from_string(chunk.strip()).get("Subject"))
    return subjects


@pytest.fixture
def _needs_postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("advisory locks and concurrent workers need PostgreSQL (make test)")


def test_two_workers_run_each_of_500_tasks_exactly_once(_needs_postgresql, organisation, tmp_path):
    index = JobIndexPageFactory(parent=organisation)
    postings = [
        JobPostingPageFactory(parent=index, title=f"Stanowisko {number}") for number in range(10)
    ]
    saved = [
        SavedSearch.objects.create(
            email=f"alert{number}@example.org",
            language="pl",
            criteria={"q": "stanowisko"},
            frequency=AlertFrequency.INSTANT,
            token=f"token-{number:020d}",
            created_at=timezone.now(),
            confirmed_at=timezone.now(),
        )
        for number in range(20)
    ]
    for search in saved:
        AlertMatch.objects.create(saved_search=search, page=postings[0], matched_at=timezone.now())
    DBTaskResult.objects.all().delete()  # what publishing queued; ours are counted below
    for number in range(350):
        message = {"subject": f"message {number}", "body": "…", "to": [f"p{number}@example.org"]}
        retry_email.enqueue(message, 1)
    for number in range(100):
        sync_page.enqueue(postings[number % len(postings)].pk)
    for _ in range(50):
        send_search_alerts.enqueue()
    assert DBTaskResult.objects.count() == 500
    mail_dir = tmp_path / "mail"
    mail_dir.mkdir()
    env = _environment(mail_dir)

    workers = [
        _manage("db_worker", "--batch", "--no-startup-delay", f"--worker-id=w{n}", env=env)
        for n in (1, 2)
    ]
    outputs = [worker.communicate(timeout=600) for worker in workers]

    assert [worker.returncode for worker in workers] == [0, 0], outputs
    results = list(DBTaskResult.objects.all())
    assert len(results) == 500
    assert {result.status for result in results} == {TaskResultStatus.SUCCESSFUL}
    assert all(len(result.worker_ids) == 1 for result in results)  # claimed once each
    assert {result.worker_ids[0] for result in results} == {"w1", "w2"}  # both worked
    subjects = _sent_subjects(mail_dir)
    plain = sorted(subject for subject in subjects if subject.startswith("message "))
    assert plain == sorted(f"message {number}" for number in range(350))
    assert len(subjects) - len(plain) == 20  # one alert per saved search, none twice
    assert not AlertMatch.objects.filter(notified_at__isnull=True).exists()


def test_a_scheduled_command_skips_while_another_machine_runs_it(_needs_postgresql, tmp_path):
    holder = psycopg.connect(_database_url(), autocommit=True)
    holder.execute("SELECT pg_advisory_lock(%s)", [lock_key("send_search_alerts")])
    env = _environment(tmp_path)

    try:
        skipped = _manage("send_search_alerts", env=env)
        out, err = skipped.communicate(timeout=120)
    finally:
        holder.execute("SELECT pg_advisory_unlock(%s)", [lock_key("send_search_alerts")])
        holder.close()
    ran = _manage("send_search_alerts", env=env)
    ran_out, ran_err = ran.communicate(timeout=120)

    assert skipped.returncode == 0
    assert "running elsewhere; this run is skipped" in err
    assert "alert e-mails sent" not in out
    assert ran.returncode == 0, ran_err
    assert "alert e-mails sent" in ran_out


def test_three_copies_started_together_send_each_alert_once(
    _needs_postgresql, organisation, tmp_path
):
    posting = JobPostingPageFactory(parent=JobIndexPageFactory(parent=organisation))
    for number in range(30):
        search = SavedSearch.objects.create(
            email=f"daily{number}@example.org",
            language="pl",
            criteria={},
            frequency=AlertFrequency.DAILY,
            token=f"daily-{number:020d}",
            created_at=timezone.now() - timezone.timedelta(days=2),
            confirmed_at=timezone.now() - timezone.timedelta(days=2),
        )
        AlertMatch.objects.create(saved_search=search, page=posting, matched_at=timezone.now())
    call_command("search_reindex", verbosity=0)  # alerts announce what the search holds
    env = _environment(tmp_path)

    copies = [_manage("send_search_alerts", env=env) for _ in range(3)]
    outputs = [copy.communicate(timeout=300) for copy in copies]

    assert [copy.returncode for copy in copies] == [0, 0, 0], outputs
    assert len(_sent_subjects(tmp_path)) == 30, outputs


def test_the_lock_is_refused_to_a_second_holder_and_free_again_after(_needs_postgresql):
    holder = psycopg.connect(_database_url(), autocommit=True)
    holder.execute("SELECT pg_advisory_lock(%s)", [lock_key("nightly")])

    with pytest.raises(AlreadyRunning), exclusive("nightly"):
        pass
    holder.execute("SELECT pg_advisory_unlock(%s)", [lock_key("nightly")])
    holder.close()
    with exclusive("nightly"):
        taken = True

    assert taken
    call_command("requeue_stalled_tasks", verbosity=0)  # takes and frees its own lock
