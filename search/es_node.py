"""A real Elasticsearch 8.19 node for the test suite, built only from Maven Central.

    python -m search.es_node fetch            # copy the jars into the cache folder, once
    python -m search.es_node run --port 9250  # a node on 127.0.0.1:9250 until Ctrl+C / SIGTERM

Maven Central has the server jar and its dependencies and the `transport-netty4` module, and
nothing else of the distribution: not the `analysis-common` (lowercase, ASCII folding, stemmers,
n-grams), `mapper-extras` (`search_as_you_type`) or `percolator` modules, not the `rest-root`
module (`GET /`), not the launcher and not the entitlement agent. So the node is started by
`search/maven/elasticsearch/EmbeddedElasticsearch.java`, which constructs and starts a `Node`
itself, and it only has what the server and transport-netty4 provide; docs/search.md says what
is and is not tested on it. Runs on the machine's Java 17. No Django here.
"""

import argparse
import shutil
import signal
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from search import node

VERSION = "8.19.21"
MAVEN = Path(__file__).resolve().parent / "maven" / "elasticsearch"
POM = MAVEN / "pom.xml"
LAUNCHER = MAVEN / "EmbeddedElasticsearch.java"
# The transport module's jars: loaded by the node from modules/, never from the class path
# (the server's jar-hell check refuses a class found twice).
MODULE = "transport-netty4"
MODULE_JARS = ("transport-netty4-", "netty-")
HEAP = "384m"


def cache_dir() -> Path:
    return node.cache_dir().parent / f"elasticsearch-{VERSION}"


def fetch() -> Path:
    """Copies the server, its dependencies and transport-netty4 into the cache, once; returns
    the folder holding `lib/` and `modules/`."""
    home = cache_dir()
    if (home / "lib" / f"elasticsearch-{VERSION}.jar").exists():
        return home
    if not shutil.which("mvn"):
        raise RuntimeError("Maven (mvn) is needed to fetch the Elasticsearch jars")
    home.parent.mkdir(parents=True, exist_ok=True)
    partial = Path(tempfile.mkdtemp(prefix="elasticsearch-", dir=home.parent))
    lib, module = partial / "lib", partial / "modules" / MODULE
    subprocess.run(
        [
            "mvn",
            "-q",
            "-B",
            "-f",
            str(POM),
            "dependency:copy-dependencies",
            "-DincludeScope=runtime",
            f"-DoutputDirectory={lib}",
        ],
        check=True,
    )
    module.mkdir(parents=True)
    for jar in lib.glob("*.jar"):
        if jar.name.startswith(MODULE_JARS):
            jar.rename(module / jar.name)
    # The module's descriptor travels inside its jar; without `modulename` the node loads it
    # with a plain class loader, as the server itself runs from the class path here.
    with zipfile.ZipFile(module / f"{MODULE}-{VERSION}.jar") as archive:
        descriptor = archive.read(f"META-INF/es-plugins/{MODULE}/plugin-descriptor.properties")
    (module / "plugin-descriptor.properties").write_text(
        "".join(
            line + "\n"
            for line in descriptor.decode().splitlines()
            if not line.startswith("modulename=")
        )
    )
    shutil.rmtree(home, ignore_errors=True)
    partial.rename(home)  # whole or nothing: an interrupted fetch never looks complete
    return home


def start(
    *, port: int, base_path: Path, cluster_name: str = "siec-es", log=None, heap: str = HEAP
) -> subprocess.Popen:
    """Starts a one-node Elasticsearch cluster answering HTTP on 127.0.0.1:`port` and waits
    until it does."""
    home = fetch()
    java = shutil.which("java")
    if not java:
        raise RuntimeError("Java 17 or newer is needed")
    # The core hunspell filter is on Maven Central with the server: real Polish stemming.
    dictionary = base_path / "config" / "hunspell" / "pl_PL"
    dictionary.mkdir(parents=True, exist_ok=True)
    for source in node.hunspell_dictionary():
        if not (dictionary / source.name).exists():
            shutil.copyfile(source, dictionary / source.name)
    modules = base_path / "modules"
    if not modules.exists():
        modules.symlink_to(home / "modules", target_is_directory=True)
    settings = {
        "path.home": base_path,
        "path.data": base_path / "data",
        "path.logs": base_path / "logs",
        "cluster.name": cluster_name,
        "node.name": f"es-{port}",
        "network.host": "127.0.0.1",
        "http.port": port,
        "transport.port": node.free_transport_port(),
        "discovery.type": "single-node",
        # As for the OpenSearch node: a developer's disk is often fuller than a server's, and
        # no index is created by accident from a stray document.
        "cluster.routing.allocation.disk.threshold_enabled": "false",
        "action.auto_create_index": "false",
    }
    process = subprocess.Popen(
        [
            java,
            f"-Xms{heap}",
            f"-Xmx{heap}",
            "-cp",
            f"{home / 'lib'}/*",
            str(LAUNCHER),
            *(f"{key}={value}" for key, value in settings.items()),
        ],
        stdout=log or subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    node.wait_until_up(process, node.url_for(port))
    return process


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("fetch", help="copy the jars from Maven Central into the cache folder")
    run = commands.add_parser("run", help="run a node in the foreground")
    run.add_argument("--port", type=int, default=9250)
    run.add_argument("--data", type=Path, default=Path("var/elasticsearch"))
    args = parser.parse_args(argv)
    if args.command == "fetch":
        print(fetch())
        return 0
    process = start(port=args.port, base_path=args.data.resolve(), log=sys.stdout)
    print(f"Elasticsearch on {node.url_for(args.port)} (data in {args.data}); Ctrl+C stops it")
    signal.signal(signal.SIGTERM, lambda *_: node.stop(process))
    try:
        process.wait()
    except KeyboardInterrupt:
        node.stop(process)
    return 0


if __name__ == "__main__":
    sys.exit(main())
