"""A small HTTP/1.1 load client on asyncio streams, for `make bench-edge`.

Nothing on this machine measures an edge cache: Locust (benchmarks/load.py) tops out at a few
hundred requests per second per core, well under what Varnish answers. Here each user is one
keep-alive connection sending GETs back to back (a new connection when the server closes it, as
gunicorn's sync workers do after every answer), and every answer is timed from the first byte
sent to the last byte read. No Django here.
"""

import asyncio
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit


@dataclass
class Results:
    latencies: list[float] = field(default_factory=list)  # seconds
    statuses: dict[int, int] = field(default_factory=dict)
    cache: dict[str, int] = field(default_factory=dict)  # X-Cache values
    errors: int = 0
    elapsed: float = 0.0

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.elapsed if self.elapsed else 0.0

    @property
    def hit_rate(self) -> float:
        answered = sum(self.cache.values())
        return self.cache.get("HIT", 0) / answered if answered else 0.0


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, dict[str, str]]:
    status_line = await reader.readline()
    if not status_line:
        raise ConnectionError("closed before answering")
    status = int(status_line.split()[1])
    headers = {}
    while (line := await reader.readline()) not in (b"\r\n", b"\n", b""):
        name, _, value = line.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    if "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding", "").lower() == "chunked":
        while True:
            size = int((await reader.readline()).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    return status, headers


async def _user(
    base: str, next_path: Callable[[], str], until: float, results: Results, started: float
) -> None:
    parts = urlsplit(base)
    host, port = parts.hostname, parts.port or 80
    reader = writer = None
    while time.monotonic() < until:
        path = next_path()
        request = (
            f"GET {path} HTTP/1.1\r\nHost: {parts.netloc}\r\nUser-Agent: siec-bench-edge\r\n\r\n"
        ).encode()
        sent = time.monotonic()
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection(host, port)
            writer.write(request)
            status, headers = await _read_response(reader)
        except (OSError, ConnectionError, asyncio.IncompleteReadError, ValueError):
            results.errors += 1
            if writer is not None:
                writer.close()
            reader = writer = None
            continue
        if sent >= started:
            results.latencies.append(time.monotonic() - sent)
            results.statuses[status] = results.statuses.get(status, 0) + 1
            if "x-cache" in headers:
                results.cache[headers["x-cache"]] = results.cache.get(headers["x-cache"], 0) + 1
        if headers.get("connection", "").lower() == "close":
            writer.close()
            reader = writer = None
    if writer is not None:
        writer.close()


async def _run(base, next_path, *, users: int, seconds: float, warm_up: float) -> Results:
    results = Results()
    started = time.monotonic() + warm_up
    until = started + seconds
    await asyncio.gather(*(_user(base, next_path, until, results, started) for _ in range(users)))
    results.elapsed = time.monotonic() - started
    return results


def load(
    base: str,
    paths: list[str],
    *,
    users: int,
    seconds: float,
    weights: list[float] | None = None,
    warm_up: float = 1.0,
    seed: int = 21,
) -> Results:
    """`users` connections requesting `paths` (drawn by `weights`) for `seconds`; answers in
    the first `warm_up` seconds are not counted."""
    chooser = random.Random(seed)

    def next_path() -> str:
        if len(paths) == 1:
            return paths[0]
        return chooser.choices(paths, weights=weights)[0]

    return asyncio.run(_run(base, next_path, users=users, seconds=seconds, warm_up=warm_up))
