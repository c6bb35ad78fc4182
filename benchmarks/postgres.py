"""Throwaway PostgreSQL servers built from the installed binaries, and manage.py against them.

`bin/with-postgres` runs a command (the test suite, a benchmark, the backup drill) against one;
a test that must stop and start its database (tests/security/test_database_restart.py) starts
one of its own. No Django here: this runs before the project's packages are importable.
"""

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.serving import ROOT, free_port


def pg_binary(name: str) -> str:
    pg_config = shutil.which("pg_config")
    if pg_config:
        bindir = subprocess.run(
            [pg_config, "--bindir"], capture_output=True, text=True, check=True
        ).stdout.strip()
    else:
        # Debian installs the server binaries outside PATH and pg_config with the -dev package.
        versions = sorted(
            Path("/usr/lib/postgresql").glob("*/bin"), key=lambda path: int(path.parent.name)
        )
        if not versions:
            raise SystemExit(
                "PostgreSQL server binaries not found (install the 'postgresql' package)"
            ) from None
        bindir = versions[-1].as_posix()
    return str(Path(bindir) / name)


class ThrowawayCluster:
    """A PostgreSQL server in a temporary folder, on a free loopback port, with durability
    turned off (nothing in it outlives the run)."""

    def __init__(self) -> None:
        self.workdir = Path(tempfile.mkdtemp(prefix="siec-pg-"))
        self.port = free_port()
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/postgres"
        # PostgreSQL refuses to run as root; the Debian package provides a 'postgres' user.
        self._as = ["runuser", "-u", "postgres", "--"] if os.getuid() == 0 else []
        try:
            if self._as:
                shutil.chown(self.workdir, "postgres")
            self._run(
                pg_binary("initdb"),
                *("-D", f"{self.workdir}/data", "-U", "postgres", "-A", "trust", "-E", "UTF8"),
                "--locale=C.UTF-8",
            )
        except BaseException:
            shutil.rmtree(self.workdir, ignore_errors=True)
            raise

    def _run(self, *command: str) -> None:
        subprocess.run([*self._as, *command], check=True, stdout=subprocess.DEVNULL)

    def start(self) -> None:
        options = (
            f"-p {self.port} -k {self.workdir} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self._run(
            pg_binary("pg_ctl"),
            *("-D", f"{self.workdir}/data", "-l", f"{self.workdir}/server.log", "-w"),
            *("-o", options, "start"),
        )

    def stop(self, *, mode: str = "fast") -> None:
        self._run(pg_binary("pg_ctl"), "-D", f"{self.workdir}/data", "-m", mode, "-w", "stop")

    def remove(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self.stop(mode="immediate")
        shutil.rmtree(self.workdir, ignore_errors=True)


def manage(*args: str, database_url: str, media_root: Path) -> str:
    """`manage.py` with the development settings on another database and media folder,
    without a search engine. Returns what it printed; raises with its output if it fails."""
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(media_root),
        "SEARCH_URL": "",
    }
    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout}{result.stderr}")
    return result.stdout


def run_with_throwaway_cluster(command: list[str]) -> int:
    """Runs `command` with DATABASE_URL pointing at a fresh cluster, then removes the cluster,
    also when the command fails or this process is told to stop."""
    if not command:
        print("usage: bin/with-postgres COMMAND [ARGS...]", file=sys.stderr)
        return 2

    def stop_on_term(signum, frame):
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, stop_on_term)
    cluster = ThrowawayCluster()
    child = None
    try:
        cluster.start()
        print(f"with-postgres: throwaway PostgreSQL on 127.0.0.1:{cluster.port}", file=sys.stderr)
        child = subprocess.Popen(command, env=os.environ | {"DATABASE_URL": cluster.url})
        return child.wait()
    except KeyboardInterrupt:
        return 130
    finally:
        if child is not None and child.poll() is None:
            child.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                child.wait(timeout=30)
        cluster.remove()
