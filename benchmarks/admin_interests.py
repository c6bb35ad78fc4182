"""The coordinator's admin screens for expressions of interest: latency and SQL queries.

    make bench-admin-interests

Builds the demo network (with editors) on a throwaway PostgreSQL, gives one MIS offer 100 and
then 1,000 interests from distinct volunteers, and times, as the MIS editor through Django's
test client (in process, DEBUG off), the interest's case view and the offer's candidates page.
Prints p50/p95 in ms and the query count of one request at each size: the counts must not
grow with the number of interests; the target is p95 <= 300 ms.
"""

import io
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
from django.urls import reverse  # noqa: E402
from django.utils import timezone  # noqa: E402

from benchmarks.serving import percentile  # noqa: E402
from pages.models import OrganisationPage  # noqa: E402
from volunteering.models import Interest, Volunteer, VolunteerOfferPage  # noqa: E402
from volunteering.selectors import VOLUNTEERS, bump_generation  # noqa: E402

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "60"))
WARMUP = 5
SIZES = (100, 1000)
TARGET_P95_MS = 300


def add_interests(offer, upto: int) -> Interest:
    """Interests from distinct confirmed volunteers until the offer has `upto`."""
    have = Interest.objects.filter(offer=offer).count()
    now = timezone.now()
    template = Volunteer.objects.filter(confirmed_at__isnull=False).first()
    volunteers = Volunteer.objects.bulk_create(
        [
            Volunteer(
                name=f"Wolontariusz {n}", email=f"bench{n}@example.org",
                place_name=template.place_name, latitude=template.latitude,
                longitude=template.longitude, travel_km=30, skills=template.skills,
                causes=template.causes, availability=template.availability,
                languages=template.languages, age_bracket=template.age_bracket,
                language_code="pl", created_at=now, confirmed_at=now, last_active_at=now,
                discoverable=n % 2 == 0,
            )
            for n in range(have, upto)
        ]
    )  # fmt: skip
    Interest.objects.bulk_create(
        [
            Interest(volunteer=v, offer=offer, message="Chętnie pomogę.", created_at=now)
            for v in volunteers
        ]
    )
    bump_generation(VOLUNTEERS)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return Interest.objects.filter(offer=offer).order_by("-pk").first()


def measure(client: Client, url: str) -> tuple[float, float, int]:
    for _ in range(WARMUP):
        assert client.get(url).status_code == 200, url
    samples = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        client.get(url)
        samples.append((time.perf_counter() - started) * 1000)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return statistics.median(samples), percentile(samples, 0.95), len(queries)


def main() -> int:
    call_command("migrate", verbosity=0)
    call_command("load_demo_network", with_editors=True, verbosity=0, stdout=io.StringIO())
    mis = OrganisationPage.objects.get(slug="fundacja-mis", locale__language_code="pl")
    offer = VolunteerOfferPage.objects.live().descendant_of(mis).filter(locale__language_code="pl")
    offer = offer.first()
    editor = get_user_model().objects.get(username="redakcja-mis")
    client = Client()
    client.force_login(editor)
    print(f"Offer: {offer.title} ({ROUNDS} requests per figure, in-process test client)")
    print(f"{'view':<12} {'interests':>9} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}")
    results = {}
    for size in SIZES:
        interest = add_interests(offer, size)
        urls = {
            "case": reverse("volunteer_interests:edit", args=[interest.pk]),
            "candidates": reverse("volunteer_interests:candidates", args=[offer.pk]),
        }
        for name, url in urls.items():
            p50, p95, queries = measure(client, url)
            results[(name, size)] = (p95, queries)
            print(f"{name:<12} {size:>9} {p50:>8.1f} {p95:>8.1f} {queries:>8}")
    failed = False
    for name in ("case", "candidates"):
        small, large = results[(name, SIZES[0])], results[(name, SIZES[-1])]
        grows = large[1] > small[1]
        slow = large[0] > TARGET_P95_MS
        failed |= grows or slow
        print(
            f"{name}: queries {small[1]} -> {large[1]} ({'GROWS' if grows else 'flat'}), "
            f"p95 at {SIZES[-1]}: {large[0]:.0f} ms ({'over' if slow else 'within'} "
            f"{TARGET_P95_MS} ms)"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
