"""Matching speed: the vectorised ranking against a per-object Python loop, same run.

    make bench-matching

On a throwaway PostgreSQL with the demo network, builds 10,000 open volunteer offers and
100,000 confirmed volunteers (all willing to be found, the worst case), then:

- ranks the 10,000 offers for one volunteer, and finds the top 50 of the 100,000 volunteers
  for one offer, with the NumPy arrays (match_index.py) and with the reference loop over the
  same profiles (matching.py), checking that both give exactly the same top results;
- times the same two questions end to end through the selectors the site uses (generation
  check, ranking, loading the top rows, re-checking and explaining them);
- times a full reload of the arrays from the database, and shows one volunteer's change
  reaching the ranking through the generation counter.

Prints p50/p95 per question and the targets of the volunteering issue.
"""

import datetime
import json
import os
import random
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
from django.db import connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from benchmarks.bulk import insert_pages, refresh_planner_statistics, tree_fields  # noqa: E402
from pages.geo import find_place, place_names  # noqa: E402
from pages.schedule import local_date  # noqa: E402
from volunteering import match_index, matching, selectors  # noqa: E402
from volunteering.models import (  # noqa: E402
    Cause,
    Skill,
    Volunteer,
    VolunteerIndexPage,
    VolunteerOfferPage,
)
from volunteering.profile_choices import AgeBracket, language_mask  # noqa: E402

OFFERS = int(os.environ.get("BENCH_OFFERS", "10000"))
VOLUNTEERS = int(os.environ.get("BENCH_VOLUNTEERS", "100000"))
FAST_ROUNDS = int(os.environ.get("BENCH_ROUNDS", "200"))
LOOP_ROUNDS = int(os.environ.get("BENCH_LOOP_ROUNDS", "20"))
TOP_OFFERS, TOP_VOLUNTEERS = 20, 50
TARGETS = {"offers_p95_ms": 20.0, "volunteers_p95_ms": 100.0, "speedup": 10.0}


def random_bits(rng, bits: list[int], low: int, high: int) -> int:
    # min(): a small vocabulary (the suite's tiny bench-scale run) may have fewer bits than asked.
    return sum(1 << bit for bit in rng.sample(bits, min(len(bits), rng.randint(low, high))))


@transaction.atomic
def build_offers(rng, count: int) -> None:
    index = VolunteerIndexPage.objects.select_for_update().get(
        locale__language_code="pl", slug="wolontariat", url_path__contains="fundacja-mis"
    )
    skills = sorted(set(Skill.objects.values_list("bit", flat=True)))
    causes = sorted(set(Cause.objects.values_list("bit", flat=True)))
    towns = [find_place(name) for name in place_names()]
    today = timezone.localdate()
    now = timezone.now()
    start = index.numchild
    pages = []
    for offset in range(count):
        number = start + offset + 1
        remote = rng.random() < 0.15
        flexible = rng.random() < 0.2
        town = rng.choice(towns)
        slots_mask = random_bits(rng, list(range(21)), 1, 5)
        minimum_age = rng.choice([13, 16, 18, 18, 18, 18])
        page = VolunteerOfferPage(
            title=f"Oferta {number}",
            draft_title=f"Oferta {number}",
            **tree_fields(
                parent=index, number=number, slug=f"oferta-{number}", model=VolunteerOfferPage
            ),
            first_published_at=now,
            last_published_at=now,
            summary="Oferta wolontariatu.",
            description="<p>Opis.</p>",
            schedule_kind="FLEXIBLE" if flexible else "WEEKLY",
            weekly_slots=slots_mask,
            slots_mask=(1 << 21) - 1 if flexible else slots_mask,
            place="REMOTE" if remote else "ON_SITE",
            city="" if remote else town.name,
            latitude=None if remote else town.latitude,
            longitude=None if remote else town.longitude,
            minimum_age=minimum_age,
            suitable_for_minors=minimum_age < 18,
            required_languages=language_mask(rng.sample(["pl", "en", "uk"], rng.randint(0, 2))),
            places_total=5,
            places_filled=rng.randint(0, 4),
            deadline_date=today + datetime.timedelta(days=rng.randint(1, 90)),
            required_skills_mask=random_bits(rng, skills, 0, 3),
            nice_skills_mask=random_bits(rng, skills, 0, 2),
            causes_mask=random_bits(rng, causes, 1, 2),
        )
        pages.append(page)
    insert_pages(parent=index, pages=pages, start=start)
    selectors.bump_generation(selectors.OFFERS)


def build_volunteers(rng, count: int, *, first: int = 0, domain: str = "bench.example.org") -> None:
    """`count` confirmed volunteers willing to be found (the worst case for matching), in
    batches of 5,000, numbered from `first` (unique addresses when called again)."""
    skills = sorted(set(Skill.objects.values_list("bit", flat=True)))
    causes = sorted(set(Cause.objects.values_list("bit", flat=True)))
    towns = [find_place(name) for name in place_names()]
    now = timezone.now()
    batch = []
    for number in range(first, first + count):
        town = rng.choice(towns)
        batch.append(
            Volunteer(
                name=f"Wolontariusz {number}",
                email=f"v{number}@{domain}",
                place_name=town.name,
                latitude=town.latitude + rng.uniform(-0.05, 0.05),
                longitude=town.longitude + rng.uniform(-0.05, 0.05),
                travel_km=rng.choice([5, 10, 20, 30, 50]),
                skills=random_bits(rng, skills, 0, 5),
                causes=random_bits(rng, causes, 0, 3),
                availability=random_bits(rng, list(range(21)), 1, 9),
                languages=language_mask(["pl", *rng.sample(["en", "uk", "de"], rng.randint(0, 2))]),
                age_bracket=rng.choice(AgeBracket.values),
                remote_ok=rng.random() < 0.5,
                discoverable=True,
                language_code="pl",
                created_at=now,
                confirmed_at=now,
                last_active_at=now,
            )
        )
        if len(batch) == 5000:
            Volunteer.objects.bulk_create(batch)
            batch = []
    if batch:
        Volunteer.objects.bulk_create(batch)
    selectors.bump_generation(selectors.VOLUNTEERS)


def offer_profiles(now) -> list[matching.OfferProfile]:
    """The loop's input: the same rows as plain profiles (built once, outside the timing)."""
    rows = VolunteerOfferPage.objects.live().filter(locale__language_code="pl")
    return [
        selectors.offer_profile(row, now=now)
        for row in rows.values_list(*selectors.OFFER_COLUMNS, named=True)
    ]


def volunteer_profiles() -> list[matching.VolunteerProfile]:
    rows = Volunteer.objects.filter(confirmed_at__isnull=False).order_by("pk")
    return [
        selectors.volunteer_profile(row)
        for row in rows.values_list(*selectors.VOLUNTEER_COLUMNS, named=True)
    ]


def timed(function, *args, **kwargs):
    started = time.perf_counter()
    result = function(*args, **kwargs)
    return result, (time.perf_counter() - started) * 1000


def summary(samples: list[float]) -> dict:
    ordered = sorted(samples)
    return {
        "p50_ms": round(statistics.median(ordered), 2),
        "p95_ms": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))], 2),
        "rounds": len(ordered),
    }


def main() -> int:
    if connection.vendor != "postgresql":
        print(f"warning: running on {connection.vendor}; `make bench-matching` uses PostgreSQL")
    rng = random.Random(11)
    call_command("migrate", verbosity=0)
    call_command("load_demo_network", verbosity=0)
    _, build_offers_ms = timed(build_offers, rng, OFFERS)
    _, build_volunteers_ms = timed(build_volunteers, rng, VOLUNTEERS)
    refresh_planner_statistics()
    now = timezone.now()
    today = local_date(now).toordinal()
    pl_locale = VolunteerIndexPage.objects.filter(locale__language_code="pl").first().locale_id

    offers_list = [o for o in offer_profiles(now) if o.is_open]
    volunteers_list = volunteer_profiles()
    offer_arrays, load_offers_ms = timed(selectors._load_offers)
    volunteer_arrays, load_volunteers_ms = timed(selectors._load_volunteers)
    print(
        f"{len(offers_list):,} open offers and {len(volunteers_list):,} volunteers "
        f"(built in {build_offers_ms / 1000:.1f} s and {build_volunteers_ms / 1000:.1f} s); "
        f"arrays loaded from PostgreSQL in {load_offers_ms:.0f} ms and {load_volunteers_ms:.0f} ms"
    )

    mismatches = []
    fast_offers, loop_offers = [], []
    for round_number in range(FAST_ROUNDS):
        person = rng.choice(volunteers_list)
        got, elapsed = timed(
            match_index.rank_offers,
            offer_arrays,
            person,
            today_ordinal=today,
            limit=TOP_OFFERS,
            locale_id=pl_locale,
        )
        fast_offers.append(elapsed)
        if round_number < LOOP_ROUNDS:
            expected, loop_elapsed = timed(
                matching.rank_offers_loop, person, offers_list, limit=TOP_OFFERS
            )
            loop_offers.append(loop_elapsed)
            if got != [(m.offer_id, m.score) for m in expected]:
                mismatches.append(("offers", person.id))

    fast_volunteers, loop_volunteers = [], []
    open_offers = offers_list
    for round_number in range(FAST_ROUNDS):
        subject = rng.choice(open_offers)
        got, elapsed = timed(
            match_index.rank_volunteers, volunteer_arrays, subject, limit=TOP_VOLUNTEERS
        )
        fast_volunteers.append(elapsed)
        if round_number < LOOP_ROUNDS:
            expected, loop_elapsed = timed(
                matching.rank_volunteers_loop, subject, volunteers_list, limit=TOP_VOLUNTEERS
            )
            loop_volunteers.append(loop_elapsed)
            if got != [(m.volunteer_id, m.score) for m in expected]:
                mismatches.append(("volunteers", subject.id))

    # End to end, as the profile page and the admin's candidates view ask.
    sample_volunteers = list(Volunteer.objects.order_by("?")[:50])
    sample_offers = list(VolunteerOfferPage.objects.filter(pk__in=[o.id for o in open_offers[:50]]))
    selectors.offer_cache.get(selectors.generation(selectors.OFFERS))
    selectors.volunteer_cache.get(selectors.generation(selectors.VOLUNTEERS))
    e2e_offers = [
        timed(selectors.recommended_offers, volunteer=v, locale=pl_locale, now=now)[1]
        for v in sample_volunteers
    ]
    e2e_volunteers = [
        timed(selectors.ranked_candidates, offer=o, now=now, limit=TOP_VOLUNTEERS)[1]
        for o in sample_offers
    ]

    # Consistency: a saved change bumps the generation; the next question reloads the arrays.
    changed = sample_volunteers[0]
    changed.discoverable = False
    changed.save()
    _, reload_ms = timed(selectors.volunteer_cache.get, selectors.generation(selectors.VOLUNTEERS))
    arrays_now = selectors.volunteer_cache.get(selectors.generation(selectors.VOLUNTEERS))
    consistent = not arrays_now.discoverable[arrays_now.ids == changed.pk].any()

    results = {
        "rank_10k_offers": {
            "vector": summary(fast_offers),
            "loop": summary(loop_offers),
            "end_to_end": summary(e2e_offers),
        },
        "top50_of_100k_volunteers": {
            "vector": summary(fast_volunteers),
            "loop": summary(loop_volunteers),
            "end_to_end": summary(e2e_volunteers),
        },
    }
    speedups = {
        name: values["loop"]["p50_ms"] / values["vector"]["p50_ms"]
        for name, values in results.items()
    }
    print(f"{'question':<28}{'how':<12}{'p50 ms':>10}{'p95 ms':>10}{'rounds':>8}")
    for name, values in results.items():
        for how, figures in values.items():
            print(
                f"{name:<28}{how:<12}{figures['p50_ms']:>10.2f}{figures['p95_ms']:>10.2f}"
                f"{figures['rounds']:>8}"
            )
    checks = {
        "offers_p95_ms": (results["rank_10k_offers"]["vector"]["p95_ms"], "<="),
        "volunteers_p95_ms": (results["top50_of_100k_volunteers"]["vector"]["p95_ms"], "<="),
    }
    ok = True
    for name, (value, _op) in checks.items():
        passed = value <= TARGETS[name]
        ok &= passed
        print(
            f"{name:<28}{value:>10.2f}  target <= {TARGETS[name]}  {'ok' if passed else 'MISSED'}"
        )
    for name, value in speedups.items():
        passed = value >= TARGETS["speedup"]
        ok &= passed
        print(f"speed-up {name:<19}{value:>10.1f}x target >= 10x  {'ok' if passed else 'MISSED'}")
    same = not mismatches
    ok &= same and consistent
    print(
        f"same top results as the loop in {LOOP_ROUNDS * 2} checked rounds: "
        f"{'ok' if same else f'MISSED {mismatches[:5]}'}"
    )
    print(
        f"a saved change reaches the ranking (arrays reloaded in {reload_ms:.0f} ms): "
        f"{'ok' if consistent else 'MISSED'}"
    )
    out = ROOT / "var" / "benchmarks"
    out.mkdir(parents=True, exist_ok=True)
    report = {
        "offers": len(offers_list),
        "volunteers": len(volunteers_list),
        "load_ms": {"offers": load_offers_ms, "volunteers": load_volunteers_ms},
        "reload_after_change_ms": reload_ms,
        "results": results,
        "speedups": speedups,
        "same_top_results": same,
    }
    (out / "matching.json").write_text(json.dumps(report, indent=2))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
