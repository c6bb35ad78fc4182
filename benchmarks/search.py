"""Network search at 100,000 documents: reindex time, query latency on the real OpenSearch
node against the database fallback (PostgreSQL and SQLite) and Wagtail's PostgreSQL database
backend on the same data, percolation of new postings against 10,000 saved searches, and
nDCG@10 of a judged set with and without Polish stemming, for the engine and for the database
fallback (PostgreSQL and SQLite).

    make bench-search

Runs on a throwaway PostgreSQL (bin/with-postgres) and starts its own OpenSearch node; the
SQLite figures come from a second process of this script (`--sqlite-fallback`).
"""

import io
import json
import math
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")
os.environ.pop("SEARCH_URL", None)  # Wagtail's own search stays on its database backend

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.utils import timezone  # noqa: E402

from benchmarks.bulk import refresh_planner_statistics  # noqa: E402
from benchmarks.search_data import (  # noqa: E402
    TARNOW,
    alert_criteria,
    build_pages_and_entries,
    documents,
)
from benchmarks.search_judgements import JUDGED  # noqa: E402

DOCUMENTS = int(os.environ.get("BENCH_DOCUMENTS", "100000"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "60"))
SAVED_SEARCHES = int(os.environ.get("BENCH_SAVED_SEARCHES", "10000"))
NEW_POSTINGS = 100
BULK_SIZES = (250, 500, 1000, 2000, 5000)
TARGETS = {
    "reindex_s": 60,
    "facets_geo_p95_ms": 50,
    "autocomplete_p95_ms": 30,
    "common_speedup": 10,
    "fallback_p95_ms": 1000,
    "percolation_s": 60,
}
QUERIES = {
    "rare term": {"pl": ["numizmatyka"], "en": ["numismatics"]},
    "common term": {"pl": ["organizacja"], "en": ["organization"]},
    "two terms": {"pl": ["koordynator wolontariatu"], "en": ["volunteer coordinator"]},
    "phrase": {"pl": ['"projektów unijnych"'], "en": ['"european projects"']},
    "text+facets+geo": {"pl": ["księgowa"], "en": ["accountant"]},
    "autocomplete": {"pl": ["księg", "koord", "wolon"], "en": ["accou", "coord", "volun"]},
}


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, math.ceil(fraction * len(ordered)) - 1)]


def timed(function, cases: list, rounds: int) -> dict:
    for case in cases[:3]:
        function(case)  # warm caches, as a running server has them
    samples = []
    for number in range(rounds):
        started = time.perf_counter()
        function(cases[number % len(cases)])
        samples.append((time.perf_counter() - started) * 1000)
    return {"p50": statistics.median(samples), "p95": percentile(samples, 0.95)}


def cases_for(name: str) -> list[tuple[str, str]]:
    return [(lang, q) for lang in ("pl", "en") for q in QUERIES[name][lang]]


def network_params(name: str, language: str, q: str):
    from search.queries import SearchParams

    if name == "text+facets+geo":
        return SearchParams(q=q, language=language, kinds=["job"], **TARNOW)
    return SearchParams(q=q, language=language)


def fallback_latency(rounds: int) -> dict:
    from search import fallback

    today = timezone.localdate()
    results = {}
    for name in QUERIES:
        if name == "autocomplete":
            results[name] = timed(
                lambda case: fallback.autocomplete(case[1], language=case[0], hidden=[]),
                cases_for(name),
                rounds,
            )
        else:
            results[name] = timed(
                lambda case, n=name: fallback.run(network_params(n, *case), today=today, hidden=[]),
                cases_for(name),
                rounds,
            )
    return results


def engine_latency(rounds: int) -> dict:
    from search import queries

    today = timezone.localdate()
    results = {}
    for name in QUERIES:
        if name == "autocomplete":

            def function(case):
                return queries.autocomplete(case[1], language=case[0], hidden=[])
        else:

            def function(case, n=name):
                return queries.run(network_params(n, *case), today=today, hidden=[])

        results[name] = timed(function, cases_for(name), rounds)
    return results


def wagtail_latency(rounds: int) -> dict:
    from wagtail.models import Locale
    from wagtail.search.query import Phrase

    from jobs.models import JobPostingPage

    locales = {locale.language_code: locale.pk for locale in Locale.objects.all()}

    def search(case, name):
        language, q = case
        pages = JobPostingPage.objects.live().filter(locale_id=locales[language])
        if name == "autocomplete":
            return list(pages.autocomplete(q)[:8])
        query = Phrase(q.strip('"')) if name == "phrase" else q
        return list(pages.search(query)[:10])

    return {
        name: timed(lambda case, n=name: search(case, n), cases_for(name), rounds)
        for name in QUERIES
        if name != "text+facets+geo"  # no facets or geo distance in Wagtail's database backend
    }


def create_parents() -> dict:
    from jobs.models import JobIndexPage

    return {
        language: JobIndexPage.objects.filter(locale__language_code=language).first()
        for language in ("pl", "en")
    }


def build_corpus(count: int) -> list:
    docs = list(documents(count))
    build_pages_and_entries(docs, parents=create_parents())
    refresh_planner_statistics()
    return docs


def sqlite_fallback() -> int:
    """The child process: the judged set and the same corpus on SQLite, the fallback's nDCG@10
    and latency as JSON on stdout."""
    call_command("migrate", verbosity=0)
    call_command("load_demo_network", verbosity=0)
    scores = fallback_ndcg()
    build_corpus(DOCUMENTS)
    print("JSON " + json.dumps({"latency": fallback_latency(ROUNDS), "ndcg": scores}))
    return 0


def run_sqlite_child() -> dict:
    with tempfile.TemporaryDirectory() as directory:
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{directory}/bench.sqlite3",
            "PYTHONPATH": str(ROOT),
        }
        output = subprocess.run(
            [sys.executable, __file__, "--sqlite-fallback"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    for line in output.splitlines():
        if line.startswith("JSON "):
            return json.loads(line[5:])
        print(f"  (sqlite) {line}")
    raise RuntimeError("the SQLite process printed no figures")


def ndcg_at_10(ranked: list[str], relevant: list[str]) -> float:
    gains = [1 / math.log2(rank + 2) for rank, title in enumerate(ranked[:10]) if title in relevant]
    ideal = sum(1 / math.log2(rank + 2) for rank in range(min(len(relevant), 10)))
    return sum(gains) / ideal


def judged_ndcg() -> dict:
    """nDCG@10 of the judged set on the demo network, with and without Polish stemming."""
    from search import indexing, queries

    today = timezone.localdate()
    scores = {}
    for stemming in (True, False):
        settings.SEARCH_POLISH_STEMMING = stemming
        for language in ("pl", "en"):
            indexing.rebuild(language, list(indexing.all_documents(language)))
        per_query = []
        for language, q, relevant in JUDGED:
            results = queries.run(
                queries.SearchParams(q=q, language=language), today=today, hidden=[]
            )
            per_query.append((language, q, ndcg_at_10([h.title for h in results.hits], relevant)))
        scores[stemming] = per_query
    settings.SEARCH_POLISH_STEMMING = True
    return scores


def fallback_ndcg() -> dict:
    """nDCG@10 of the judged set answered by the database fallback, its entries stored with
    and without Polish stemming (keys "True" and "False", as they come back from JSON)."""
    from search import fallback
    from search.queries import SearchParams

    today = timezone.localdate()
    scores = {}
    for stemming in (True, False):
        settings.SEARCH_POLISH_STEMMING = stemming
        call_command("search_reindex", database_only=True, stdout=io.StringIO())
        per_query = []
        for language, q, relevant in JUDGED:
            results = fallback.run(SearchParams(q=q, language=language), today=today, hidden=[])
            per_query.append((language, q, ndcg_at_10([h.title for h in results.hits], relevant)))
        scores[str(stemming)] = per_query
    settings.SEARCH_POLISH_STEMMING = True
    call_command("search_reindex", database_only=True, stdout=io.StringIO())
    return scores


def print_ndcg(label: str, scores: dict) -> None:
    """Mean nDCG@10 with and without stemming, all queries and Polish only, then every query
    that either side ranks below perfect."""
    with_stem, without = scores["True"], scores["False"]

    def mean(rows, polish_only=False):
        return statistics.mean(s for lang, _q, s in rows if lang == "pl" or not polish_only)

    print(f"  {label}")
    print(
        f"    nDCG@10 all queries: with Polish stemming {mean(with_stem):.3f}, "
        f"without {mean(without):.3f}"
    )
    print(
        f"    nDCG@10 Polish only: with stemming {mean(with_stem, True):.3f}, "
        f"without {mean(without, True):.3f}"
    )
    for (language, q, a), (_l, _q, b) in zip(with_stem, without, strict=True):
        if a < 1 or b < 1:
            print(f"      {language} {q!r}: {a:.2f} with, {b:.2f} without")


def measure_bulk(docs: list) -> dict[tuple[int, int], float]:
    """Documents per second for each bulk size (2 requests in flight), then for 1, 2 and 4
    requests in flight at the best size."""
    from search import indexing

    sample = [doc for doc in docs if doc.language == "pl"][:20000]
    rates = {}
    for size in BULK_SIZES:
        report = indexing.rebuild("pl", sample, bulk_size=size, threads=2)
        rates[(size, 2)] = len(sample) / report["seconds"]
    best_size = max(rates, key=rates.get)[0]
    for threads in (1, 4):
        report = indexing.rebuild("pl", sample, bulk_size=best_size, threads=threads)
        rates[(best_size, threads)] = len(sample) / report["seconds"]
    return rates


def saved_searches(count: int):
    from search.models import AlertFrequency, SavedSearch

    rng = random.Random(5)
    now = timezone.now() - timezone.timedelta(days=1)
    rows = []
    for number in range(count):
        language = "pl" if number % 2 == 0 else "en"
        criteria = alert_criteria(rng, language)
        rows.append(
            SavedSearch(
                email=f"person{number}@example.org",
                language=language,
                criteria=criteria,
                frequency=AlertFrequency.DAILY,
                token=f"bench-token-{number:08d}-{rng.getrandbits(64):016x}",
                created_at=now,
                confirmed_at=now,
            )
        )
    return SavedSearch.objects.bulk_create(rows, batch_size=2000)


def percolation(searches: list, new_docs: list) -> dict:
    from search import alerts, engine, indexing, percolation
    from search.mapping import build_index
    from search.queries import alert_query, params_from

    started = time.perf_counter()
    for language in ("pl", "en"):
        percolation.rebuild(language, [s for s in searches if s.language == language])
    stored = time.perf_counter() - started

    started = time.perf_counter()
    per_posting = []
    matched: set[tuple[int, int]] = set()
    for doc in new_docs:
        one = time.perf_counter()
        for page_id, ids in percolation.percolate([doc]).items():
            matched |= {(page_id, pk) for pk in ids}
        per_posting.append((time.perf_counter() - one) * 1000)
    one_by_one = time.perf_counter() - started

    started = time.perf_counter()
    batched = percolation.percolate(new_docs)
    batch_seconds = time.perf_counter() - started
    batched_pairs = {(page_id, pk) for page_id, ids in batched.items() for pk in ids}

    # The yardstick: the 100 postings in an index of their own, every saved search run on it.
    rerun: set[tuple[int, int]] = set()
    started = time.perf_counter()
    for language in ("pl", "en"):
        scratch = f"{settings.SEARCH_INDEX_PREFIX}rerun_{language}"
        engine.call("indices.create", index=scratch, body=build_index(scratch, language).to_dict())
        group = [doc for doc in new_docs if doc.language == language]
        indexing.bulk_load(scratch, group)
        engine.call("indices.refresh", index=scratch)
        mine = [s for s in searches if s.language == language]
        for first in range(0, len(mine), 200):
            body = []
            for saved in mine[first : first + 200]:
                query = alert_query(params_from(saved.criteria, language=language))
                body += [
                    {"index": scratch},
                    {"query": query.to_dict(), "size": 100, "_source": False},
                ]
            answers = engine.call("msearch", body=body, timeout=120)["responses"]
            for saved, answer in zip(mine[first : first + 200], answers, strict=True):
                rerun |= {(int(hit["_id"]), saved.pk) for hit in answer["hits"]["hits"]}
        engine.call("indices.delete", index=scratch)
    rerun_seconds = time.perf_counter() - started

    started = time.perf_counter()
    database_pairs = 0
    for doc in new_docs:
        for saved in searches:
            if saved.language == doc.language and alerts.matches(
                params_from(saved.criteria, language=saved.language), doc
            ):
                database_pairs += 1
    database_seconds = time.perf_counter() - started
    return {
        "stored_s": stored,
        "one_by_one_s": one_by_one,
        "per_posting_p50": statistics.median(per_posting),
        "per_posting_p95": percentile(per_posting, 0.95),
        "batch_s": batch_seconds,
        "pairs": len(matched),
        "same_as_rerun": matched == rerun == batched_pairs,
        "rerun_s": rerun_seconds,
        "database_s": database_seconds,
        "database_pairs": database_pairs,
    }


def start_node():
    from search import node

    port = node.free_port()
    base = Path(tempfile.mkdtemp(prefix="bench-opensearch-"))
    log = open(base / "node.log", "w")  # noqa: SIM115 - open for the node's lifetime
    process = node.start(port=port, base_path=base, cluster_name=f"siec-bench-{port}", log=log)
    settings.SEARCH_URL = node.url_for(port)
    settings.SEARCH_INDEX_PREFIX = "bench_"
    return process


def row(label: str, figures: dict | None, name: str) -> str:
    if not figures or name not in figures:
        return f"{label:<28}{'-':>9}{'-':>9}"
    return f"{label:<28}{figures[name]['p50']:>9.1f}{figures[name]['p95']:>9.1f}"


def main() -> int:
    from wagtail.search.backends import get_search_backend

    from jobs.models import JobPostingPage
    from search import indexing, node

    call_command("migrate", verbosity=0)
    call_command("load_demo_network", verbosity=0)
    process = start_node()
    try:
        scores = judged_ndcg()
        database_scores = fallback_ndcg()
        docs = list(documents(DOCUMENTS))
        rates = measure_bulk(docs)
        best = max(rates, key=rates.get)
        started = time.perf_counter()
        for language in ("pl", "en"):
            indexing.rebuild(
                language,
                [d for d in docs if d.language == language],
                bulk_size=best[0],
                threads=best[1],
            )
        reindex_s = time.perf_counter() - started
        engine = engine_latency(ROUNDS)
        print(f"node: reindexed in {reindex_s:.1f} s, latencies measured", flush=True)

        started = time.perf_counter()
        build_pages_and_entries(docs, parents=create_parents())
        refresh_planner_statistics()
        print(f"built {DOCUMENTS} pages and entries in {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        backend = get_search_backend()
        pages = JobPostingPage.objects.filter(slug__startswith="s").order_by("pk")
        chunk = []
        for page in pages.iterator(chunk_size=2000):
            chunk.append(page)
            if len(chunk) == 2000:
                backend.add_bulk(JobPostingPage, chunk)
                chunk = []
        if chunk:
            backend.add_bulk(JobPostingPage, chunk)
        refresh_planner_statistics()
        wagtail_index_s = time.perf_counter() - started
        print(f"Wagtail's database backend indexed {DOCUMENTS} pages in {wagtail_index_s:.1f} s")

        database = fallback_latency(ROUNDS)
        wagtail = wagtail_latency(max(10, ROUNDS // 3))
        sqlite_child = run_sqlite_child()
        sqlite, sqlite_scores = sqlite_child["latency"], sqlite_child["ndcg"]

        searches = saved_searches(SAVED_SEARCHES)
        new_docs = list(documents(NEW_POSTINGS * 3, seed=99, first_page_id=9_000_000))
        new_docs = [d for d in new_docs if d.kind in ("job", "volunteer")][:NEW_POSTINGS]
        perc = percolation(searches, new_docs)
    finally:
        node.stop(process)

    print()
    print(f"=== Network search benchmark: {DOCUMENTS} documents (pl + en), {ROUNDS} rounds ===")
    print("bulk size  in flight  documents/s (20,000 Polish documents, refresh off)")
    for (size, threads), rate in rates.items():
        used = "   <- used" if (size, threads) == best else ""
        print(f"{size:>9}  {threads:>9}  {rate:>11.0f}{used}")
    print(f"full reindex of {DOCUMENTS} documents (two indices, alias switch): {reindex_s:.1f} s")
    print()
    print(f"{'latency ms':<28}{'p50':>9}{'p95':>9}")
    for name in QUERIES:
        print(f"-- {name}")
        print(row("  OpenSearch node", engine, name))
        print(row("  fallback, PostgreSQL", database, name))
        print(row("  fallback, SQLite", sqlite, name))
        print(row("  Wagtail database (PG)", wagtail, name))
    speedup = wagtail["common term"]["p50"] / engine["common term"]["p50"]
    print(f"common term: node {speedup:.1f}x faster than Wagtail's PostgreSQL backend (p50)")
    print()
    print(
        f"percolation: {len(searches)} saved searches stored in {perc['stored_s']:.1f} s; "
        f"{NEW_POSTINGS} new postings one by one in {perc['one_by_one_s']:.1f} s "
        f"(per posting p50 {perc['per_posting_p50']:.0f} ms, p95 {perc['per_posting_p95']:.0f} "
        f"ms), all in one request {perc['batch_s']:.1f} s; {perc['pairs']} alerts"
    )
    print(
        f"  re-running every saved search on the {NEW_POSTINGS} postings: "
        f"{perc['rerun_s']:.1f} s, same alerts: {'yes' if perc['same_as_rerun'] else 'NO'}"
    )
    print(
        f"  without an engine (rules in Python): {perc['database_s']:.1f} s, "
        f"{perc['database_pairs']} alerts (no stemming or typo tolerance there)"
    )
    print()
    print(f"judged set: {len(JUDGED)} queries on the demo network")
    print_ndcg("OpenSearch node (hunspell)", {str(key): rows for key, rows in scores.items()})
    print_ndcg("database fallback, PostgreSQL (Stempel)", database_scores)
    print_ndcg("database fallback, SQLite (Stempel)", sqlite_scores)
    print()
    checks = {
        "reindex <= 60 s": reindex_s <= TARGETS["reindex_s"],
        "faceted geo p95 <= 50 ms": engine["text+facets+geo"]["p95"] <= 50,
        "autocomplete p95 <= 30 ms": engine["autocomplete"]["p95"] <= 30,
        ">= 10x Wagtail PG on common term": speedup >= TARGETS["common_speedup"],
        "fallback p95 < 1 s (PG)": max(v["p95"] for v in database.values()) < 1000,
        "fallback p95 < 1 s (SQLite)": max(v["p95"] for v in sqlite.values()) < 1000,
        "percolation <= 60 s (one request), same alerts": perc["batch_s"] <= 60
        and perc["same_as_rerun"],
    }
    for label, passed in checks.items():
        print(f"target {label}: {'met' if passed else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(sqlite_fallback() if "--sqlite-fallback" in sys.argv else main())
