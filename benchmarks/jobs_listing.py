"""Job listing latency against a plain Django ListView over the same rows, in the same run.

    make bench-jobs

Builds the demo network on a throwaway PostgreSQL, counts the listing's SQL queries at 10 and
10,000 open postings, then serves the site with gunicorn (2 workers) on loopback and times
sequential requests to the listing (page 1 and page 50, two filters) and to a plain ListView
with the same filters. Prints p50/p95 and the ratios the job-board issue sets as targets.
"""

import json
import os
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from benchmarks.bulk import bulk_create_postings, refresh_planner_statistics  # noqa: E402
from benchmarks.queries import warm_and_cold_query_counts  # noqa: E402
from benchmarks.serving import free_port, percentile, wait_until_up  # noqa: E402
from jobs.models import JobBoardPage, JobIndexPage, JobPostingPage  # noqa: E402

FILTERS = "working_time=FULL_TIME&employment_type=EMPLOYMENT_CONTRACT"
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "300"))
WARMUP = 30
TARGETS = {"p50_ratio": 1.5, "p95_ratio": 2.0, "page50_ratio": 1.3}


def start_gunicorn(port: int) -> subprocess.Popen:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "benchmarks.settings", "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "cms.wsgi:application",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        wait_until_up(f"http://127.0.0.1:{port}/plain-jobs/", process, what="gunicorn")
    except RuntimeError:
        process.terminate()
        raise
    return process


def fetch(url: str) -> float:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=30) as response:
        response.read()
        assert response.status == 200
    return (time.perf_counter() - started) * 1000


def measure(base: str, paths: dict[str, str]) -> dict[str, dict]:
    for _ in range(WARMUP):
        for path in paths.values():
            fetch(base + path)
    samples = {name: [] for name in paths}
    for _ in range(ROUNDS):
        for name, path in paths.items():  # interleaved, so drift hits every URL alike
            samples[name].append(fetch(base + path))
    return {
        name: {"p50_ms": statistics.median(values), "p95_ms": percentile(values, 0.95)}
        for name, values in samples.items()
    }


def main() -> int:
    if connection.vendor != "postgresql":
        print(f"warning: running on {connection.vendor}; `make bench-jobs` uses PostgreSQL")
    call_command("migrate", verbosity=0)
    call_command("load_demo_network", verbosity=0)
    board = JobBoardPage.objects.get(locale__language_code="pl")
    index = JobIndexPage.objects.get(locale__language_code="pl")
    listing = f"{board.url}?{FILTERS}"

    existing = JobPostingPage.objects.filter(locale__language_code="pl").count()
    bulk_create_postings(parent=index, count=10 - existing)
    queries_10 = warm_and_cold_query_counts(Client(), listing)
    started = time.perf_counter()
    bulk_create_postings(parent=index, count=10_000 - 10)
    build_s = time.perf_counter() - started
    refresh_planner_statistics()
    queries_10000 = warm_and_cold_query_counts(Client(), listing)
    queries_10000_page50 = warm_and_cold_query_counts(Client(), listing + "&page=50")

    port = free_port()
    server = start_gunicorn(port)
    try:
        results = measure(
            f"http://127.0.0.1:{port}",
            {
                "wagtail_page1": listing,
                "wagtail_page50": listing + "&page=50",
                "plain_page1": f"/plain-jobs/?{FILTERS}",
                "plain_page50": f"/plain-jobs/?{FILTERS}&page=50",
            },
        )
    finally:
        server.terminate()
        server.wait(timeout=30)

    ratios = {
        "p50_ratio": results["wagtail_page1"]["p50_ms"] / results["plain_page1"]["p50_ms"],
        "p95_ratio": results["wagtail_page1"]["p95_ms"] / results["plain_page1"]["p95_ms"],
        "page50_ratio": results["wagtail_page50"]["p50_ms"] / results["wagtail_page1"]["p50_ms"],
    }
    report = {
        "postings": 10_000,
        "bulk_build_s": round(build_s, 2),
        "rounds": ROUNDS,
        "queries": {"10": queries_10, "10000": queries_10000, "10000_page50": queries_10000_page50},
        "latency": results,
        "ratios": ratios,
    }
    print(
        f"Built 9,990 postings in bulk in {build_s:.1f} s; "
        f"{ROUNDS} rounds per URL, 2 gunicorn workers"
    )
    print(
        "SQL queries per listing page, cache warm / cold: "
        f"10 postings {queries_10[0]} / {queries_10[1]}, "
        f"10,000 postings {queries_10000[0]} / {queries_10000[1]} "
        f"(page 50: {queries_10000_page50[0]} / {queries_10000_page50[1]})"
    )
    print(f"{'URL':<16}{'p50 ms':>10}{'p95 ms':>10}")
    for name, values in results.items():
        print(f"{name:<16}{values['p50_ms']:>10.1f}{values['p95_ms']:>10.1f}")
    ok = queries_10 == queries_10000
    for name, value in ratios.items():
        passed = value <= TARGETS[name]
        ok &= passed
        print(
            f"{name:<16}{value:>10.2f}  target <= {TARGETS[name]}  {'ok' if passed else 'MISSED'}"
        )
    print(f"same query count at 10 and 10,000: {'ok' if queries_10 == queries_10000 else 'MISSED'}")
    out = ROOT / "var" / "benchmarks"
    out.mkdir(parents=True, exist_ok=True)
    (out / "jobs_listing.json").write_text(json.dumps(report, indent=2))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
