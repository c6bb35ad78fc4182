"""The production-like stack with its edge: Varnish (deploy/varnish/default.vcl) in front of
gunicorn with `cms.settings.production` on a given PostgreSQL, a task worker sending the purges,
and a way to run Django code against the same database and cache as they do (to publish).
Used by tests/edge/test_varnish.py and `make bench-edge`. No Django here.

The Site's address is the edge's: visitors, and therefore the cached objects, name the edge's
host, and `wagtail.contrib.frontend_cache` purges the URLs the Site gives.
"""

import contextlib
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from benchmarks.serving import ROOT, free_port, production_env, production_server
from benchmarks.varnish import edge_cache


@dataclass(frozen=True)
class EdgeStack:
    edge: str  # base URL of Varnish
    origin: str  # base URL of gunicorn, straight
    env: dict

    def start(self, code: str) -> subprocess.Popen:
        """Starts `code` in `manage.py shell` with the servers' settings, its output piped
        as text: read what it prints as it prints it (print with flush=True), without
        waiting for the interpreter to wind down."""
        return subprocess.Popen(
            [sys.executable, str(ROOT / "manage.py"), "shell", "-v", "0", "-c", code],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.PIPE,
            text=True,
        )

    def django(self, code: str, *, timeout: float = 120) -> str:
        """Runs `code` in `manage.py shell` with the servers' settings; returns what it
        printed, raises with its output if it fails."""
        result = subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), "shell", "-v", "0", "-c", code],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if result.returncode:
            raise RuntimeError(f"manage.py shell failed:\n{result.stdout}{result.stderr}")
        return result.stdout


@contextlib.contextmanager
def edge_stack(
    *,
    database_url: str,
    media_root: Path,
    workers: int = 2,
    threads: int = 1,
    edge_seconds: int = 300,
) -> Iterator[EdgeStack]:
    edge_port = free_port()
    edge_url = f"http://127.0.0.1:{edge_port}"
    extra = {
        "EDGE_PURGE_URL": edge_url,
        "EDGE_CACHE_SECONDS": str(edge_seconds),
        "SITE_URL": edge_url,
        # Varnish on loopback is our proxy: the client's address comes from X-Forwarded-For.
        "TRUSTED_PROXIES": "127.0.0.1",
        # The purges on a queue of their own, with a worker of its own (below), as
        # docs/operations.md sets production up.
        "EDGE_PURGE_QUEUE": "edge",
    }
    with tempfile.TemporaryDirectory(prefix="siec-edge-static-") as static_root:
        env = (
            production_env(
                database_url=database_url,
                media_root=media_root,
                media_url="/media/",
                static_root=Path(static_root),
                site_url=edge_url,
            )
            | extra
        )
        manage = [sys.executable, str(ROOT / "manage.py")]
        # The demo's build leaves hundreds of indexing tasks queued; purges queued behind
        # them would wait minutes. Work them off first, as a live site's workers have.
        for command in (
            ["createcachetable"],
            ["apply_site_url"],
            ["db_worker", "--batch", "--no-startup-delay", "-v0", "--queue-name=*"],
        ):
            subprocess.run(manage + command, cwd=ROOT, env=env, check=True, capture_output=True)
        with production_server(
            database_url=database_url,
            media_root=media_root,
            workers=workers,
            threads=threads,
            extra_env=extra,
        ) as origin:
            # As docs/operations.md runs production: one worker for the purges alone, with
            # a short poll, so a purge never waits behind the indexing tasks of the same
            # publish; one for everything (purges too, should the first be down).
            workers = [
                subprocess.Popen(
                    [
                        *manage,
                        *("db_worker", "--interval", interval, "--no-startup-delay", "-v0"),
                        f"--queue-name={queues}",
                        f"--worker-id={name}",
                    ],
                    cwd=ROOT,
                    env=env,
                )
                for name, queues, interval in (
                    ("edge", "edge", "0.1"),
                    ("all", "default,edge", "0.5"),
                )
            ]
            try:
                backend_port = int(origin.rsplit(":", 1)[1])
                with edge_cache(backend_port=backend_port, port=edge_port) as edge:
                    yield EdgeStack(edge=edge, origin=origin, env=env)
            finally:
                for worker in workers:
                    worker.terminate()
                for worker in workers:
                    try:
                        worker.wait(timeout=20)
                    except subprocess.TimeoutExpired:
                        worker.kill()


def wait_for(check, *, timeout: float, interval: float = 0.02) -> float | None:
    """Seconds until `check()` is true, or None if it never was within `timeout`."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if check():
            return time.monotonic() - started
        time.sleep(interval)
    return None
