"""Cold pages: SQL queries per public page type, and the first listing request after a publish
against the steady state.

    make bench-cold

Builds the demo network on a throwaway PostgreSQL and, for one page of every public type,
counts the queries of one request with the caches warm, cold (right after a publish) and
empty (benchmarks.queries). Then, for each listing, times requests in the steady state and
the first request after publishing a job posting (a real revision publish, signals and all),
and the first request after publishing a new posting (which also changes the tree's shape:
menus, language links and routes are read again, pages.cache.TREE), ROUNDS times each, in
process. Target: every cold count within 15, and the first request after either publish
within 2x the steady state's median.
"""

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from benchmarks.queries import query_counts  # noqa: E402
from jobs.models import JobBoardPage, JobIndexPage, JobPostingPage  # noqa: E402
from pages.models import (  # noqa: E402
    ConferenceIndexPage,
    ConferencePage,
    NetworkHomePage,
    OrganisationIndexPage,
    OrganisationPage,
    ProgrammeIndexPage,
    ProgrammePage,
)
from volunteering.models import (  # noqa: E402
    VolunteerBoardPage,
    VolunteerIndexPage,
    VolunteerOfferPage,
)

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "20"))
QUERY_BUDGET = 15
FIRST_AFTER_PUBLISH_RATIO = 2.0
PAGE_TYPES = {
    "home": NetworkHomePage,
    "job board": JobBoardPage,
    "volunteer board": VolunteerBoardPage,
    "organisations": OrganisationIndexPage,
    "programmes": ProgrammeIndexPage,
    "events": ConferenceIndexPage,
    "organisation": OrganisationPage,
    "organisation's jobs": JobIndexPage,
    "organisation's volunteering": VolunteerIndexPage,
    "job posting": JobPostingPage,
    "volunteer offer": VolunteerOfferPage,
    "programme": ProgrammePage,
    "conference": ConferencePage,
}
LISTINGS = ["job board", "volunteer board", "organisations", "programmes", "events"]


def polish_page(model):
    return model.objects.live().filter(locale__language_code="pl").order_by("path").first()


def timed_ms(client: Client, path: str) -> float:
    started = time.perf_counter()
    response = client.get(path)
    elapsed = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, (path, response.status_code)
    return elapsed


def publish(posting: JobPostingPage) -> None:
    posting.save_revision().publish()


def publish_new(posting: JobPostingPage, number: int) -> None:
    """A new posting beside `posting`, made as a draft and then published, as an editor does."""
    draft = posting.copy(
        update_attrs={
            "slug": f"{posting.slug}-nowa-{number}",
            "title": f"{posting.title} {number}",
        },
        keep_live=False,
        log_action=None,
    )
    draft.specific.save_revision().publish()


def main() -> int:
    if connection.vendor != "postgresql":
        print(f"warning: running on {connection.vendor}; `make bench-cold` uses PostgreSQL")
    call_command("migrate", verbosity=0)
    call_command("load_demo_network", verbosity=0)
    paths = {name: polish_page(model).url for name, model in PAGE_TYPES.items()}
    paths["search"] = "/szukaj/?q=ksi%C4%99gowa"
    client = Client()
    ok = True

    print("SQL queries per request (cold: right after a publish; empty: whole cache cleared)")
    print(f"{'page type':<30}{'warm':>6}{'cold':>6}{'empty':>7}")
    for name, path in paths.items():
        counts = query_counts(client, path)
        passed = counts["cold"] <= QUERY_BUDGET and counts["warm"] <= QUERY_BUDGET
        ok &= passed
        print(
            f"{name:<30}{counts['warm']:>6}{counts['cold']:>6}{counts['empty']:>7}"
            f"  {'ok' if passed else 'OVER ' + str(QUERY_BUDGET)}"
        )

    posting = polish_page(JobPostingPage)
    print(
        f"\n{'listing':<20}{'steady ms':>10}{'after republish ms':>20}{'ratio':>7}"
        f"{'after new posting ms':>22}{'ratio':>7}"
    )
    numbers = iter(range(1, 10_000))
    for name in LISTINGS:
        path = paths[name]
        for _ in range(5):
            timed_ms(client, path)
        steady = statistics.median(timed_ms(client, path) for _ in range(ROUNDS))
        republished = first_after(client, path, lambda: publish(posting))
        added = first_after(client, path, lambda: publish_new(posting, next(numbers)))
        passed = max(republished, added) / steady <= FIRST_AFTER_PUBLISH_RATIO
        ok &= passed
        print(
            f"{name:<20}{steady:>10.1f}{republished:>20.1f}{republished / steady:>7.2f}"
            f"{added:>22.1f}{added / steady:>7.2f}"
            f"  target <= {FIRST_AFTER_PUBLISH_RATIO}  {'ok' if passed else 'MISSED'}"
        )
    return 0 if ok else 1


def first_after(client: Client, path: str, change) -> float:
    """The median time of the first request for `path` after `change()`."""
    firsts = []
    for _ in range(ROUNDS):
        change()
        firsts.append(timed_ms(client, path))
        timed_ms(client, path)
    return statistics.median(firsts)


if __name__ == "__main__":
    sys.exit(main())
