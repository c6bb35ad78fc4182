import contextlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from django.db import connection

from benchmarks.serving import free_port


def database_url() -> str:
    """The URL of the database this test runs on, for a server or worker started beside it."""
    db = connection.settings_dict
    return (
        f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST'] or '127.0.0.1'}:{db['PORT']}"
        f"/{db['NAME']}"
    )


def _pg_binary(name: str) -> str:
    pg_config = shutil.which("pg_config")
    if pg_config:
        bindir = subprocess.run(
            [pg_config, "--bindir"], capture_output=True, text=True, check=True
        ).stdout.strip()
    else:
        bindir = sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1].as_posix()
    return str(Path(bindir) / name)


class ThrowawayCluster:
    """A PostgreSQL server of a test's own, built from the installed binaries like
    bin/with-postgres, so the test can stop and start it without touching the suite's."""

    def __init__(self) -> None:
        self.workdir = Path(tempfile.mkdtemp(prefix="siec-pg-"))
        self.port = free_port()
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/postgres"
        # PostgreSQL refuses to run as root; the Debian package provides a 'postgres' user.
        self._as = ["runuser", "-u", "postgres", "--"] if os.getuid() == 0 else []
        if self._as:
            shutil.chown(self.workdir, "postgres")
        self._run(
            _pg_binary("initdb"),
            *("-D", f"{self.workdir}/data", "-U", "postgres", "-A", "trust", "-E", "UTF8"),
            "--locale=C.UTF-8",
        )

    def _run(self, *command: str) -> None:
        subprocess.run([*self._as, *command], check=True, stdout=subprocess.DEVNULL)

    def start(self) -> None:
        options = (
            f"-p {self.port} -k {self.workdir} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self._run(
            _pg_binary("pg_ctl"),
            *("-D", f"{self.workdir}/data", "-l", f"{self.workdir}/server.log", "-w"),
            *("-o", options, "start"),
        )

    def stop(self, *, mode: str = "fast") -> None:
        self._run(_pg_binary("pg_ctl"), "-D", f"{self.workdir}/data", "-m", mode, "-w", "stop")

    def remove(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self.stop(mode="immediate")
        shutil.rmtree(self.workdir, ignore_errors=True)
