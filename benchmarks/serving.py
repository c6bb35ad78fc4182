"""The site as an operator runs it, on loopback: gunicorn with `cms.settings.production`,
configured only through environment variables (docs/operations.md), static files collected and
compressed for Whitenoise, a shared database cache, and media from a separate origin the way an
S3 bucket or a media host would serve them.

Used by the load test (`make load-test`) and by the Lighthouse test; the job listing benchmark
shares its port, start-up and percentile helpers. No Django here: callers pass the database URL
of a database they have already migrated and filled.
"""

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SECRET_KEY = "loopback-only-not-secret-" + "7f3a9c1e5b2d8f4a6c0e9b7d1f3a5c8e2b4d6f80"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def production_env(
    *,
    database_url: str,
    media_root: Path,
    media_url: str,
    static_root: Path,
    site_url: str = "http://127.0.0.1",
):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "PYTHONPATH": str(ROOT),
        "SECRET_KEY": SECRET_KEY,
        "DEBUG": "false",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "SITE_URL": site_url,
        "CACHE_URL": "db://siec_cache",
        "STATIC_ROOT": str(static_root),
        "MEDIA_ROOT": str(media_root),
        "MEDIA_URL": media_url,
        # Plain HTTP on loopback: behind a real proxy these stay at their secure defaults.
        "SECURE_SSL_REDIRECT": "false",
        "SESSION_COOKIE_SECURE": "false",
        "CSRF_COOKIE_SECURE": "false",
        "SECURE_HSTS_SECONDS": "0",
    }


def wait_until_up(url: str, process: subprocess.Popen, *, what: str) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited with {process.returncode}")
        try:
            urllib.request.urlopen(url, timeout=5).read()
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"{what} did not answer at {url}")


@contextlib.contextmanager
def production_server(
    *,
    database_url: str,
    media_root: Path,
    workers: int = 2,
    threads: int = 1,
    extra_env: dict[str, str] | None = None,
) -> Iterator[str]:
    """Yields the base URL of gunicorn serving the site; stops everything on exit."""
    media_port, port = free_port(), free_port()
    with tempfile.TemporaryDirectory(prefix="siec-static-") as static_root:
        env = production_env(
            database_url=database_url,
            media_root=media_root,
            media_url=f"http://127.0.0.1:{media_port}/",
            static_root=Path(static_root),
            site_url=f"http://127.0.0.1:{port}",
        ) | (extra_env or {})
        manage = [sys.executable, str(ROOT / "manage.py")]
        for command in (["collectstatic", "--noinput", "-v0"], ["createcachetable"]):
            subprocess.run(manage + command, cwd=ROOT, env=env, check=True)
        media_root.mkdir(parents=True, exist_ok=True)
        media = subprocess.Popen(
            [sys.executable, "-m", "http.server", str(media_port), "--bind", "127.0.0.1"],
            cwd=media_root,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        gunicorn = subprocess.Popen(
            [
                *(sys.executable, "-m", "gunicorn", "cms.wsgi:application"),
                *("--workers", str(workers), "--threads", str(threads)),
                *("--bind", f"127.0.0.1:{port}", "--log-level", "warning"),
            ],
            cwd=ROOT,
            env=env,
        )
        try:
            wait_until_up(f"http://127.0.0.1:{media_port}/", media, what="the media server")
            wait_until_up(f"http://127.0.0.1:{port}/", gunicorn, what="gunicorn")
            yield f"http://127.0.0.1:{port}"
        finally:
            for process in (gunicorn, media):
                process.terminate()
            for process in (gunicorn, media):
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
