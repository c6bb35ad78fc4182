"""The edge cache in figures (issue 21): Varnish in front of gunicorn, production settings,
PostgreSQL.

    make bench-edge        # EDGE_SECONDS, EDGE_USERS, EDGE_MIX_SECONDS, EDGE_WORKERS

On a throwaway PostgreSQL (bin/with-postgres) it builds the demo network and serves it as
production does (benchmarks/edge_stack.py: gunicorn with cms.settings.production, a task worker,
Varnish with deploy/varnish/default.vcl). Prints, for the anonymous home, job board and a
posting, p50/p95 and requests per second straight to gunicorn and through the edge (hits); the
time from a publish to the posting being on the board at the edge; and a realistic mix: 50 users
over 200 job-board filter combinations drawn Zipf-like, a publish every 10 seconds, with its hit
rate and p95. Exits 1 when a target is missed.
"""

import itertools
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="siec-edge-media-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
os.environ["MEDIA_ROOT"] = str(MEDIA_ROOT)

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.utils import timezone  # noqa: E402

from benchmarks.edge_stack import edge_stack, wait_for  # noqa: E402
from benchmarks.http_load import Results, load  # noqa: E402
from benchmarks.serving import percentile  # noqa: E402
from jobs.models import (  # noqa: E402
    EmploymentType,
    JobBoardPage,
    JobCategory,
    JobPostingPage,
    WorkingTime,
)

SECONDS = float(os.environ.get("EDGE_SECONDS", "8"))
USERS = int(os.environ.get("EDGE_USERS", "50"))
MIX_SECONDS = float(os.environ.get("EDGE_MIX_SECONDS", "60"))
# Not 2 × cores + 1: on the shared build machine five workers starting at once (each loads the
# Polish stemming table) missed serving.py's 90-second start-up window.
WORKERS = int(os.environ.get("EDGE_WORKERS", "3"))
CONNECTIONS = 10  # for the per-page runs
PUBLISH_EVERY = 10.0
COMBINATIONS = 200
TARGET_SPEED_UP, TARGET_HIT_P50_MS = 20, 2.0

PUBLISHER = """
import json, sys, time
from django.utils import timezone
from jobs.models import JobPostingPage
source = (JobPostingPage.objects.live().filter(locale__language_code="pl",
          deadline_date__gte=timezone.localdate()).order_by("pk").first())
for number in range({count}):
    if number:
        time.sleep({every})
    title = f"Benchmark krawędzi {{number}} {{time.time_ns()}}"
    page = source.copy(keep_live=False, update_attrs={{
        "title": title, "slug": f"bench-edge-{{time.time_ns()}}", "live": False,
        "first_published_at": None}})
    page.save_revision().publish()
    print(json.dumps({{"at": time.time(), "title": title, "url": page.get_url()}}), flush=True)
"""


def scenario() -> dict:
    board = JobBoardPage.objects.live().filter(locale__language_code="pl").first()
    posting = next(
        p
        for p in JobPostingPage.objects.live().filter(locale__language_code="pl").order_by("pk")
        if p.is_open_at(timezone.now())
    )
    categories = ["", *JobCategory.objects.filter(locale__language_code="pl").values_list(
        "slug", flat=True
    )]  # fmt: skip
    combinations = [
        {"category": c, "employment_type": e, "working_time": w, "remote": r, "sort": s}
        for c, e, w, r, s in itertools.product(
            categories,
            ["", *EmploymentType.values],
            ["", *WorkingTime.values],
            ["", "on"],
            ["newest", "deadline"],
        )
    ]
    random.Random(21).shuffle(combinations)
    queries = [
        board.url + "?" + urlencode({k: v for k, v in combo.items() if v})
        for combo in combinations[:COMBINATIONS]
    ]
    return {
        "pages": {"home": "/", "job board": board.url, "posting": posting.url},
        "board": board.url,
        "filters": queries,
    }


def ms(seconds: float) -> float:
    return seconds * 1000


def row(name: str, where: str, throughput: Results, latency: Results) -> str:
    samples = latency.latencies
    return (
        f"{name:<12}{where:<10}{len(throughput.latencies):>9}{throughput.rate:>10.0f}"
        f"{ms(statistics.median(samples)):>9.2f}{ms(percentile(samples, 0.95)):>9.2f}"
        f"{throughput.hit_rate * 100:>8.0f}%{throughput.errors:>7}"
    )


def measure(base: str, path: str) -> tuple[Results, Results]:
    """Requests per second with CONNECTIONS at once; latency on one connection alone, so
    the figure is the server's answer time, not the wait inside this one-threaded client."""
    throughput = load(base, [path], users=CONNECTIONS, seconds=SECONDS)
    latency = load(base, [path], users=1, seconds=SECONDS / 2)
    return throughput, latency


def body(url: str) -> str:
    # Our own loopback servers.
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().decode()


def start_publisher(stack, *, count: int, every: float) -> subprocess.Popen:
    """One process publishing `count` new postings, `every` seconds apart; it prints a JSON
    line (commit time, title, URL) after each."""
    return stack.start(PUBLISHER.format(count=count, every=every))


def purge_to_visible(stack, board: str, *, count: int = 5) -> list[float]:
    publisher = start_publisher(stack, count=count, every=1.0)
    delays = []
    for line in publisher.stdout:
        if not line.startswith("{"):
            continue
        published = json.loads(line)
        sent = [0.0]

        def shown(title=published["title"], sent=sent):
            sent[0] = time.time()
            return title in body(stack.edge + board)

        waited = wait_for(shown, timeout=10)
        # From the commit to sending the first request the edge answered with the change.
        delays.append(sent[0] - published["at"] if waited is not None else float("inf"))
    publisher.wait()
    return delays


QUEUE_TIMES = """
from django_tasks_db.models import DBTaskResult
for task in DBTaskResult.objects.filter(task_path__endswith="purge_urls_from_cache_task",
        finished_at__isnull=False).order_by("-enqueued_at")[:{count}]:
    print((task.started_at - task.enqueued_at).total_seconds(),
          (task.finished_at - task.started_at).total_seconds())
"""


def purge_task_times(stack, *, count: int) -> tuple[list[float], list[float]]:
    """Seconds each recent purge task waited in the queue, and took to send its purges."""
    lines = stack.django(QUEUE_TIMES.format(count=count)).split("\n")
    pairs = [line.split() for line in lines if len(line.split()) == 2]
    return [float(wait) for wait, _ in pairs], [float(took) for _, took in pairs]


def main() -> int:
    call_command("migrate", "--noinput", verbosity=0)
    call_command("load_demo_network", verbosity=0)
    plan = scenario()
    print(
        f"bench-edge: gunicorn {WORKERS} sync workers, Varnish 7 malloc 64m, PostgreSQL; req/s "
        f"with {CONNECTIONS} connections for {SECONDS:.0f} s, p50/p95 on one connection",
        flush=True,
    )
    with edge_stack(
        database_url=os.environ["DATABASE_URL"], media_root=MEDIA_ROOT, workers=WORKERS
    ) as stack:
        header = (
            f"\n{'page':<12}{'via':<10}{'requests':>9}{'req/s':>10}{'p50 ms':>9}{'p95 ms':>9}"
            f"{'hits':>9}{'errors':>7}"
        )
        lines, checks = [header], {}
        for name, path in plan["pages"].items():
            straight = measure(stack.origin, path)
            body(stack.edge + path)  # the one miss
            edge = measure(stack.edge, path)
            lines += [row(name, "gunicorn", *straight), row(name, "edge", *edge)]
            speed_up = edge[0].rate / straight[0].rate if straight[0].rate else float("inf")
            p50 = ms(statistics.median(edge[1].latencies))
            checks[f"{name}: edge {speed_up:.0f}x gunicorn (>= {TARGET_SPEED_UP}x)"] = (
                speed_up >= TARGET_SPEED_UP
            )
            checks[f"{name}: edge p50 {p50:.2f} ms (<= {TARGET_HIT_P50_MS} ms)"] = (
                p50 <= TARGET_HIT_P50_MS
            )
        print("\n".join(lines), flush=True)

        delays = purge_to_visible(stack, plan["board"])
        print(
            f"\npurge to visible on the board at the edge (commit to the first request answered "
            f"with the new posting), {len(delays)} publishes: "
            f"p50 {ms(statistics.median(delays)):.0f} ms, max {ms(max(delays)):.0f} ms"
        )
        waits, sends = purge_task_times(stack, count=2 * len(delays))
        print(
            f"  purge tasks: queued p50 {ms(statistics.median(waits)):.0f} ms "
            f"(max {ms(max(waits)):.0f}), sending p50 {ms(statistics.median(sends)):.0f} ms "
            f"(max {ms(max(sends)):.0f})"
        )
        checks[f"purge to visible max {ms(max(delays)):.0f} ms (< 1000 ms)"] = max(delays) < 1

        weights = [1 / rank for rank in range(1, len(plan["filters"]) + 1)]
        publisher = start_publisher(
            stack, count=int(MIX_SECONDS // PUBLISH_EVERY), every=PUBLISH_EVERY
        )
        mix = load(stack.edge, plan["filters"], users=USERS, seconds=MIX_SECONDS, weights=weights)
        published = publisher.communicate(timeout=120)[0].count('{"at"')
        samples = mix.latencies
        print(
            f"\nmix: {USERS} users, {len(plan['filters'])} board filter combinations "
            f"(Zipf, s=1), {published} publishes in {MIX_SECONDS:.0f} s\n"
            f"  {len(samples)} requests, {mix.rate:.0f} req/s, hit rate "
            f"{mix.hit_rate * 100:.1f}%, p50 {ms(statistics.median(samples)):.1f} ms, "
            f"p95 {ms(percentile(samples, 0.95)):.1f} ms, statuses {dict(mix.statuses)}, "
            f"errors {mix.errors}"
        )
        checks[f"mix: no errors or 5xx ({mix.errors})"] = mix.errors == 0 and not any(
            status >= 500 for status in mix.statuses
        )
    print()
    for label, held in checks.items():
        print(("PASS " if held else "FAIL ") + label)
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
