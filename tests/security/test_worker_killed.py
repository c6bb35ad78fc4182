"""A task worker killed mid-task (SIGKILL: no chance to clean up) leaves its task RUNNING;
`requeue_stalled_tasks` puts it back and the next worker delivers it."""

import signal
import socket
import subprocess
import sys
import time

from django.core import mail
from django.core.management import call_command

import pytest
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from benchmarks.serving import ROOT, production_env
from pages.tasks import retry_email
from tests.databases import database_url
from tests.search.conftest import run_tasks

pytestmark = pytest.mark.django_db(transaction=True)


def wait_for_status(task_id, status, *, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if DBTaskResult.objects.get(pk=task_id).status == status:
            return
        time.sleep(0.2)
    raise AssertionError(f"task never reached {status}")


def test_a_task_whose_worker_was_killed_is_delivered_after_requeueing(tmp_path):
    # A mail server that accepts the connection and never says a word: the task hangs there.
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    message = {"subject": "Potwierdzenie", "body": "Treść", "to": ["a@example.org"]}
    task_id = retry_email.enqueue(message, 1).id
    env = production_env(
        database_url=database_url(),
        media_root=tmp_path / "media",
        media_url="/media/",
        static_root=tmp_path / "static",
    ) | {
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(silent.getsockname()[1]),
        "EMAIL_USE_TLS": "false",
        "EMAIL_TIMEOUT": "300",
    }
    worker = subprocess.Popen(
        [sys.executable, str(ROOT / "manage.py"), "db_worker", "--no-startup-delay"],
        cwd=ROOT,
        env=env,
    )
    try:
        wait_for_status(task_id, TaskResultStatus.RUNNING)
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=10)
    finally:
        if worker.poll() is None:
            worker.kill()
        silent.close()

    assert DBTaskResult.objects.get(pk=task_id).status == TaskResultStatus.RUNNING
    call_command("requeue_stalled_tasks", minutes=0, verbosity=0)
    assert DBTaskResult.objects.get(pk=task_id).status == TaskResultStatus.READY

    mail.outbox = []
    run_tasks()

    assert DBTaskResult.objects.get(pk=task_id).status == TaskResultStatus.SUCCESSFUL
    assert [m.subject for m in mail.outbox] == ["Potwierdzenie"]


def test_a_task_still_running_within_the_limit_is_left_alone(tmp_path):
    task_id = retry_email.enqueue({"subject": "x", "body": "y", "to": ["a@example.org"]}, 1).id
    DBTaskResult.objects.filter(pk=task_id).get().claim("worker-alive")

    call_command("requeue_stalled_tasks", minutes=15, verbosity=0)

    assert DBTaskResult.objects.get(pk=task_id).status == TaskResultStatus.RUNNING
