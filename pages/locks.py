"""One run at a time of a scheduled command, across every machine that runs cron.

Several web or worker machines may each have the same crontab; two copies of "send the daily
alerts" running at once would send every alert twice. Each scheduled command therefore takes a
lock named after it before it starts: on PostgreSQL a session-level advisory lock
(`pg_try_advisory_lock`), held by the command's own connection and released by PostgreSQL
itself if the process dies; on SQLite (one machine by definition) an `flock` on a file. A
command that finds the lock taken skips its run: the copy that holds it does the work.
"""

import contextlib
import fcntl
import hashlib
import tempfile
from collections.abc import Iterator
from pathlib import Path

from django.core.management.base import BaseCommand
from django.db import connection


class AlreadyRunning(Exception):
    """Another process holds the lock: this run is skipped."""


def lock_key(name: str) -> int:
    """A stable signed 64-bit key for `name` (advisory locks are keyed by bigint)."""
    digest = hashlib.sha256(f"siec:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


@contextlib.contextmanager
def exclusive(name: str) -> Iterator[None]:
    if connection.vendor == "postgresql":
        key = lock_key(name)
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_try_advisory_lock(%s)", [key])
            (taken,) = cursor.fetchone()
        if not taken:
            raise AlreadyRunning(name)
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [key])
        return
    path = (
        Path(tempfile.gettempdir()) / f"siec-{hashlib.sha256(name.encode()).hexdigest()[:16]}.lock"
    )
    with open(path, "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise AlreadyRunning(name) from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class ExclusiveCommand(BaseCommand):
    """A scheduled command of which one copy runs at a time in the whole installation. The
    lock is named after the command unless `lock_name` says otherwise."""

    lock_name = ""

    def execute(self, *args, **options):
        name = self.lock_name or self.__module__.rsplit(".", 1)[-1]
        try:
            with exclusive(name):
                return super().execute(*args, **options)
        except AlreadyRunning:
            self.stderr.write(f"{name} is running elsewhere; this run is skipped.")
            return None
