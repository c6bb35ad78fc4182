"""A throwaway Varnish (Debian's `varnish`) in front of a given backend port, with the
production VCL (deploy/varnish/default.vcl): used by the edge tests and `make bench-edge`, as
benchmarks/serving.py starts gunicorn for them.

No root, nothing outside a temporary folder: the folder is varnishd's working directory (`-n`)
and holds the `backend.vcl` that points the production VCL at the backend instead of the
production one (`vcl_path` names this folder alone, so the repository's `backend.vcl` is never
read). No Django here.
"""

import contextlib
import shutil
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from benchmarks.serving import ROOT, free_port

VCL_DIR = ROOT / "deploy" / "varnish"
BACKEND_VCL = """\
backend default {{
    .host = "127.0.0.1";
    .port = "{port}";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
}}

acl purgers {{
    "127.0.0.1";
}}
"""


def varnishd() -> str | None:
    """Debian installs it in /usr/sbin, which is not on every user's PATH."""
    found = shutil.which("varnishd")
    if found:
        return found
    return "/usr/sbin/varnishd" if Path("/usr/sbin/varnishd").exists() else None


@contextlib.contextmanager
def edge_cache(*, backend_port: int, port: int | None = None, memory: str = "64m") -> Iterator[str]:
    """Yields the base URL of a Varnish serving the backend at 127.0.0.1:backend_port."""
    binary = varnishd()
    if binary is None:
        raise RuntimeError("varnishd is not installed (bin/system-deps installs `varnish`)")
    port = port or free_port()
    workdir = Path(tempfile.mkdtemp(prefix="siec-varnish-"))
    # Started as root, varnishd reads its VCL as its own unprivileged user.
    workdir.chmod(0o755)
    (workdir / "backend.vcl").write_text(BACKEND_VCL.format(port=backend_port))
    log = (workdir / "varnishd.log").open("wb")
    process = subprocess.Popen(
        [
            binary,
            "-F",  # in the foreground, so it stops with this process
            *("-n", str(workdir / "state")),
            *("-a", f"127.0.0.1:{port}"),
            *("-T", "none"),  # no management port: nothing to reach it but this process
            *("-p", f"vcl_path={workdir}"),
            *("-f", str(VCL_DIR / "default.vcl")),
            *("-s", f"malloc,{memory}"),
            # A few threads are plenty on loopback and spare the shared machine.
            *("-p", "thread_pools=1", "-p", "thread_pool_min=20", "-p", "thread_pool_max=200"),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_until_up(f"http://127.0.0.1:{port}/", process, log=workdir / "varnishd.log")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
        shutil.rmtree(workdir, ignore_errors=True)


def _wait_until_up(url: str, process: subprocess.Popen, *, log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            error = log.read_text(errors="replace")
            raise RuntimeError(f"varnishd exited with {process.returncode}:\n{error}")
        try:
            # A HEAD is enough to know it listens; whatever the backend answers will do.
            request = urllib.request.Request(url, method="HEAD")
            urllib.request.urlopen(request, timeout=10).close()
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"varnishd did not answer at {url}")
