"""Load test: 50 concurrent users for 2 minutes against the site as production runs it.

    make load-test            # LOAD_USERS, LOAD_DURATION, LOAD_WORKERS to change the defaults

On a throwaway PostgreSQL (bin/with-postgres) it builds the demo network, serves it with
gunicorn and the production settings on loopback (benchmarks/serving.py), and runs Locust
headless (benchmarks/locustfile.py): visitors over the home, listing, detail and search pages in
both languages who also send job applications, volunteer registrations, conference
registrations and saved searches, plus one bot flooding the registration form. Prints p50/p95
per page and overall, the status codes, and whether the targets hold; exits 1 when not.
"""

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="siec-load-media-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
os.environ["MEDIA_ROOT"] = str(MEDIA_ROOT)

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone, translation  # noqa: E402

from benchmarks.serving import percentile, production_server  # noqa: E402
from jobs.models import JobBoardPage, JobPostingPage  # noqa: E402
from pages.models import ConferencePage, NetworkHomePage, OrganisationPage  # noqa: E402
from volunteering.forms import RegistrationForm  # noqa: E402
from volunteering.models import VolunteerBoardPage, VolunteerOfferPage  # noqa: E402

USERS = int(os.environ.get("LOAD_USERS", "50"))
DURATION = os.environ.get("LOAD_DURATION", "2m")
WORKERS = int(os.environ.get("LOAD_WORKERS", str(2 * (os.cpu_count() or 1) + 1)))
TARGET_P95_MS = 300
QUERIES = ["księgowa", "ksiegowy", "specjalista COP", "dyrektor finansowy", "wolontariat",
           "seniorzy", "Kraków", "konferencja", "accountant", "festiwal"]  # fmt: skip


def live(model, language_code: str):
    return model.objects.live().filter(locale__language_code=language_code).order_by("path")


def scenario_pages(language_code: str) -> dict:
    now = timezone.now()
    with translation.override(language_code):
        search = reverse("network_search")
    home = live(NetworkHomePage, language_code).first()
    board = live(JobBoardPage, language_code).first()
    listings = [page.url for page in home.get_children().live() if page.url]
    return {
        "home": home.url,
        "job_board": board.url,
        "job_board_filtered": board.url + "?working_time=FULL_TIME&sort=newest",
        "job_postings": [p.url for p in live(JobPostingPage, language_code) if p.is_open_at(now)],
        "volunteer_board": live(VolunteerBoardPage, language_code).first().url,
        "volunteer_offers": [
            p.url for p in live(VolunteerOfferPage, language_code) if p.is_open_at(now)
        ],
        "organisations": [p.url for p in live(OrganisationPage, language_code)],
        "listings": listings,
        "search": search,
    }


def scenario_forms() -> dict:
    now = timezone.now()
    posting = next(p for p in live(JobPostingPage, "pl") if p.is_open_at(now))
    conference = next(c for c in live(ConferencePage, "pl") if c.registration_open_at(now))
    choices = RegistrationForm().fields
    register = reverse("volunteering:register")
    search_alert = reverse("network_search_alert_new")
    return {
        "job_application": {
            # The form is on its own route; the posting itself carries no CSRF token.
            "page": posting.url + posting.reverse_subpage("apply"),
            "url": posting.url + posting.reverse_subpage("apply"),
            "data": {"name": "Obciążenie Testowe", "cover_letter": "Dzień dobry.", "consent": "on"},
        },
        "volunteer_registration": {
            "page": register,
            "url": register,
            "data": {
                "name": "Obciążenie Testowe",
                "place_name": "Kraków",
                "travel_km": "10",
                "availability": choices["availability"].choices[0][0],
                "languages": "pl",
                "age_bracket": "30-49",
                "consent": "on",
            },
        },
        "conference_registration": {
            "page": conference.url + conference.reverse_subpage("register"),
            "url": conference.url + conference.reverse_subpage("register"),
            "data": {"name": "Obciążenie Testowe", "consent": "on"},
        },
        "saved_search": {
            "page": search_alert + "?q=ksi%C4%99gowa&kind=job",
            "url": search_alert,
            "data": {"q": "księgowa", "kind": "job", "frequency": "daily", "consent": "on"},
        },
    }


def report(results: dict) -> bool:
    times = results["page_times"]
    every = [t for samples in times.values() for t in samples]
    print(f"\n{'page':<34}{'requests':>9}{'p50 ms':>9}{'p95 ms':>9}")
    for name, samples in sorted(times.items()):
        print(
            f"{name:<34}{len(samples):>9}{statistics.median(samples):>9.0f}"
            f"{percentile(samples, 0.95):>9.0f}"
        )
    overall_p95 = percentile(every, 0.95)
    print(f"{'all pages':<34}{len(every):>9}{statistics.median(every):>9.0f}{overall_p95:>9.0f}")
    statuses = results["statuses"]
    print("\nresponses:", json.dumps(dict(sorted(statuses.items())), ensure_ascii=False))
    server_errors = sum(n for key, n in statuses.items() if key.endswith(("5xx", "error")))
    flood_refused = statuses.get("429 POST flood", 0)
    ordinary_refused = sum(
        n for key, n in statuses.items() if key.startswith("429") and key != "429 POST flood"
    )
    checks = {
        f"p95 of pages {overall_p95:.0f} ms < {TARGET_P95_MS} ms": overall_p95 < TARGET_P95_MS,
        f"5xx or failed connections: {server_errors} (must be 0)": server_errors == 0,
        f"flood answered 429: {flood_refused} times (must be > 0)": flood_refused > 0,
        f"ordinary visitors refused 429: {ordinary_refused} (must be 0)": ordinary_refused == 0,
    }
    print()
    for label, held in checks.items():
        print(("PASS " if held else "FAIL ") + label)
    return all(checks.values())


def main() -> int:
    call_command("migrate", "--noinput", verbosity=0)
    call_command("load_demo_network", verbosity=0)
    scenario = {
        "pages": {language: scenario_pages(language) for language in ("pl", "en")},
        "forms": scenario_forms(),
        "queries": QUERIES,
    }
    work = Path(tempfile.mkdtemp(prefix="siec-load-"))
    (work / "scenario.json").write_text(json.dumps(scenario, ensure_ascii=False))
    with production_server(
        database_url=os.environ["DATABASE_URL"],
        media_root=MEDIA_ROOT,
        workers=WORKERS,
        # The limit counts the address our TLS proxy appends, as in production.
        extra_env={"SECURE_PROXY": "true", "TRUSTED_PROXIES": "127.0.0.1"},
    ) as base_url:
        print(
            f"{USERS} users for {DURATION} against {base_url} "
            f"(gunicorn, {WORKERS} workers, PostgreSQL, production settings)"
        )
        subprocess.run(
            [
                *(sys.executable, "-m", "locust", "-f", str(ROOT / "benchmarks" / "locustfile.py")),
                *("--headless", "--only-summary", "--host", base_url),
                *("--users", str(USERS), "--spawn-rate", "25", "--run-time", DURATION),
                "--loglevel=WARNING",
                "--exit-code-on-error=0",
            ],
            cwd=ROOT,
            env={
                **os.environ,
                "LOAD_SCENARIO": str(work / "scenario.json"),
                "LOAD_RESULTS": str(work / "results.json"),
            },
            check=True,
        )
    return 0 if report(json.loads((work / "results.json").read_text())) else 1


if __name__ == "__main__":
    sys.exit(main())
