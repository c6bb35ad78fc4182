"""Admin speed for recruiters: p95 latency and SQL queries of the application's case page, a
posting's pipeline and the posting's page editor, at 100 and at 1,000 applications.

    make bench-admin

Builds the demo network on a throwaway PostgreSQL, gives the BIS recruiter 100 applications
to one BIS posting (one of them with a status history and notes), times ROUNDS requests of
each screen in process (Django's test client, logged in as the recruiter), then adds 900
applications and measures again. Target: p95 within 300 ms, and query counts that do not
grow with the number of applications.
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

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from jobs.models import (  # noqa: E402
    ApplicationNote,
    ApplicationStatus,
    ApplicationStatusChange,
    JobApplication,
    JobPostingPage,
)
from pages.models import OrganisationPage, OrganisationWorkspace  # noqa: E402

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "30"))
TARGET_P95_MS = 300


def add_applications(posting, count: int, start: int) -> None:
    now = timezone.now()
    JobApplication.objects.bulk_create(
        JobApplication(
            posting=posting,
            posting_key=posting.translation_key,
            name=f"Kandydatka {n}",
            email=f"kandydatka{n}@example.org",
            email_normalised=f"kandydatka{n}@example.org",
            cv=f"cv/bench-{n}.pdf",
            cv_extension="pdf",
            language_code="pl",
            consent_given_at=now,
            status=list(ApplicationStatus)[n % len(ApplicationStatus)],
        )
        for n in range(start, start + count)
    )


def measure(client: Client, path: str) -> tuple[float, float, int]:
    assert client.get(path).status_code == 200, path  # warm
    times = []
    for _ in range(ROUNDS):
        began = time.perf_counter()
        client.get(path)
        times.append((time.perf_counter() - began) * 1000)
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    p95 = statistics.quantiles(times, n=20)[-1]
    return statistics.median(times), p95, len(queries)


def main() -> int:
    call_command("migrate", verbosity=0)
    call_command("load_demo_network", verbosity=0)
    bis = OrganisationPage.objects.get(short_name="BIS", locale__language_code="pl")
    recruiter, _created = get_user_model().objects.get_or_create(
        username="bench-recruiter", defaults={"email": "bench-recruiter@example.org"}
    )
    recruiter.groups.add(
        OrganisationWorkspace.objects.get(translation_key=bis.translation_key).group
    )
    posting = JobPostingPage.objects.descendant_of(bis).filter(locale=bis.locale).first()
    JobApplication.objects.filter(posting=posting).delete()
    add_applications(posting, 100, 0)
    case = JobApplication.objects.filter(posting=posting).order_by("pk").first()
    for n in range(5):
        ApplicationStatusChange.objects.create(
            application=case,
            from_status=ApplicationStatus.RECEIVED,
            to_status=ApplicationStatus.UNDER_REVIEW,
            changed_by=recruiter,
            changed_at=timezone.now(),
            message=f"Wiadomość {n}",
        )
        ApplicationNote.objects.create(
            application=case, author=recruiter, created_at=timezone.now(), text=f"Notatka {n}"
        )
    client = Client()
    client.force_login(recruiter)
    screens = {
        "application case": f"/admin/job_applications/inspect/{case.pk}/",
        "posting pipeline": f"/admin/job_applications/posting/{posting.pk}/",
        "applications list": "/admin/job_applications/",
        "posting page editor": f"/admin/pages/{posting.pk}/edit/",
    }
    results = {}
    for total, extra in ((100, 0), (1000, 900)):
        add_applications(posting, extra, 100)
        for name, path in screens.items():
            results[(name, total)] = measure(client, path)
    print(f"{'screen':22} {'apps':>5} {'median ms':>10} {'p95 ms':>8} {'queries':>8}")
    failed = False
    for (name, total), (median, p95, queries) in results.items():
        print(f"{name:22} {total:>5} {median:>10.1f} {p95:>8.1f} {queries:>8}")
        failed |= p95 > TARGET_P95_MS
    for name in screens:
        if results[(name, 1000)][2] > results[(name, 100)][2]:
            print(f"queries grow with applications: {name}")
            failed = True
    print("target: p95 <= 300 ms, queries constant:", "MISSED" if failed else "met")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
