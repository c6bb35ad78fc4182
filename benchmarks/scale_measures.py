"""What `make bench-scale` measures at one size, importable without running it (the suite runs
these at a tiny size so they cannot rot; benchmarks/scale.py runs them at 10k, 100k and 1M).

The data are synthetic and written in bulk, not through Wagtail page saves (at 11–38 pages/s a
million pages would take a day). That is still representative of what the site does: the
documents go through the very mapping, analysers and bulk loader of `search_reindex`
(search/mapping.py, search/indexing.py), are searched by `search.queries.run`, the saved
searches are stored by `search.percolation.rebuild` and matched by `percolate`, exactly as the
alert task does, and volunteers are rows of the real table, loaded into the matching arrays and
ranked by the selectors the coordinator's candidates page calls.
"""

import math
import random
import statistics
import time

from django.db import transaction
from django.utils import timezone

from benchmarks.matching import build_volunteers
from benchmarks.search_data import TARNOW, alert_criteria, documents
from search import engine, indexing, percolation
from search.mapping import LANGUAGES, alias_name
from search.models import AlertFrequency, SavedSearch
from search.queries import SearchParams, run
from volunteering import match_index, selectors
from volunteering.models import VolunteerOfferPage
from volunteering.profiles import offer_profile

TOP_VOLUNTEERS = 50
NEW_POSTINGS = 100
# The three query shapes of the issue, each asked in both languages.
QUERIES = {
    "rare term": {"pl": "numizmatyka", "en": "numismatics"},
    "common term": {"pl": "organizacja", "en": "organization"},
    "faceted geo": {"pl": "księgowa", "en": "accountant"},
}


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, math.ceil(fraction * len(ordered)) - 1)]


def timed_rounds(function, cases: list, rounds: int) -> dict[str, float]:
    """p50 and p95 in ms over `rounds` calls cycling through `cases`, after one warm call
    per case (a running server has its caches warm)."""
    for case in cases:
        function(case)
    samples = []
    for number in range(rounds):
        started = time.perf_counter()
        function(cases[number % len(cases)])
        samples.append((time.perf_counter() - started) * 1000)
    return {"p50": statistics.median(samples), "p95": percentile(samples, 0.95)}


# The suite passes one language: the same code path with half the indices to create.


def reindex(size: int, *, languages: tuple[str, ...] = LANGUAGES) -> dict:
    """`size` documents (half Polish, half English) through indexing.rebuild, as
    `search_reindex` sends them: new versioned index, bulk load, refresh, alias switch. The
    synthetic documents are generated while they are sent, standing in for reading the pages;
    the time includes it."""
    started = time.perf_counter()
    written = 0
    for language in languages:
        mine = (doc for doc in documents(size) if doc.language == language)
        written += indexing.rebuild(language, mine)["documents"]
    seconds = time.perf_counter() - started
    counted = sum(engine.call("count", index=alias_name(lang))["count"] for lang in languages)
    return {"reindex_s": seconds, "documents": written, "counted": counted}


def search_latency(
    rounds: int, *, languages: tuple[str, ...] = LANGUAGES
) -> dict[str, dict[str, float]]:
    today = timezone.localdate()
    found = {}

    def params(name: str, language: str) -> SearchParams:
        q = QUERIES[name][language]
        if name == "faceted geo":
            return SearchParams(q=q, language=language, kinds=["job"], **TARNOW)
        return SearchParams(q=q, language=language)

    figures = {}
    for name in QUERIES:

        def ask(language, n=name):
            results = run(params(n, language), today=today, hidden=[])
            found[n] = results.total
            return results

        figures[name] = timed_rounds(ask, list(languages), rounds)
    figures["found"] = found
    return figures


def saved_searches(count: int, *, seed: int = 5) -> list[SavedSearch]:
    """Unsaved SavedSearch objects with ids: percolation stores each one's criteria as the
    same alert query the confirmation stores; the rows themselves are not needed for it."""
    rng = random.Random(seed)
    now = timezone.now()
    searches = []
    for number in range(count):
        language = LANGUAGES[number % 2]
        criteria = alert_criteria(rng, language)
        searches.append(
            SavedSearch(
                pk=number + 1,
                email=f"person{number}@example.org",
                language=language,
                criteria=criteria,
                frequency=AlertFrequency.DAILY,
                created_at=now,
                confirmed_at=now,
            )
        )
    return searches


def percolation_cost(count: int, *, languages: tuple[str, ...] = LANGUAGES) -> dict:
    """`count` saved searches stored, then 100 new postings matched against them in one
    percolate call (what the alert task does after a batch of publishes)."""
    searches = [s for s in saved_searches(count) if s.language in languages]
    started = time.perf_counter()
    for language in languages:
        percolation.rebuild(language, [s for s in searches if s.language == language])
    stored_s = time.perf_counter() - started
    new_docs = documents(NEW_POSTINGS * 3, seed=99, first_page_id=9_000_000)
    new_docs = [d for d in new_docs if d.kind in ("job", "volunteer") and d.language in languages]
    new_docs = new_docs[:NEW_POSTINGS]
    started = time.perf_counter()
    matched = percolation.percolate(new_docs)
    return {
        "stored_s": stored_s,
        "percolate_s": time.perf_counter() - started,
        "alerts": sum(len(ids) for ids in matched.values()),
    }


@transaction.atomic
def add_volunteers(count: int, *, first: int, seed: int = 11) -> None:
    """`count` more volunteers, numbered from `first`: bench-matching's own builder."""
    build_volunteers(random.Random(seed + first), count, first=first, domain="scale.example.org")


def matching_cost(offers: list[VolunteerOfferPage], rounds: int) -> dict:
    """The top 50 volunteers for an offer: the arrays reloaded after the last change (what the
    first question after a save pays), then the ranking alone and the coordinator's whole
    candidates question (ranking, loading the rows, re-checking and explaining them)."""
    now = timezone.now()
    started = time.perf_counter()
    arrays = selectors.volunteer_cache.get(selectors.generation(selectors.VOLUNTEERS))
    load_s = time.perf_counter() - started
    profiles = [offer_profile(offer, now=now) for offer in offers]
    vector = timed_rounds(
        lambda profile: match_index.rank_volunteers(arrays, profile, limit=TOP_VOLUNTEERS),
        profiles,
        rounds,
    )
    found = []

    def candidates(offer):
        found.append(len(selectors.ranked_candidates(offer=offer, now=now, limit=TOP_VOLUNTEERS)))

    end_to_end = timed_rounds(candidates, offers, rounds)
    return {
        "volunteers": len(arrays.ids),
        "load_s": load_s,
        "vector": vector,
        "end_to_end": end_to_end,
        "candidates_p50": statistics.median(found),
    }


def exponent(small: tuple[int, float], large: tuple[int, float]) -> float | None:
    """k in cost ∝ size^k between two sizes: 1 grows linearly, 0 not at all."""
    (n1, v1), (n2, v2) = small, large
    if n1 == n2 or v1 <= 0 or v2 <= 0:
        return None
    return math.log(v2 / v1) / math.log(n2 / n1)
