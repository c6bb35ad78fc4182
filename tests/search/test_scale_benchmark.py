"""`make bench-scale` is not run in CI; these run its code path at a tiny size so it cannot rot."""

import pytest

from benchmarks import scale_measures as measure
from benchmarks.scale_table import Figures, table_lines, target_lines
from volunteering.factories import VolunteerIndexPageFactory, VolunteerOfferPageFactory


def figures_at(size: int, *, geo_p95: float, reindex_s: float, ranking_p95: float) -> Figures:
    latency = {name: {"p50": 1.0, "p95": 2.0} for name in measure.QUERIES}
    latency["faceted geo"] = {"p50": 1.0, "p95": geo_p95}
    latency["found"] = dict.fromkeys(measure.QUERIES, 1)
    return Figures(
        size=size,
        indexed={"reindex_s": reindex_s, "documents": size, "counted": size},
        latency=latency,
        percolation=None,
        matching={
            "load_s": 1.0,
            "vector": {"p50": 1.0, "p95": ranking_p95},
            "end_to_end": {"p50": 1.0, "p95": ranking_p95},
        },
        node_mb=(100.0, 100.0),
    )


@pytest.mark.django_db
def test_the_scale_benchmark_measures_search_percolation_and_matching_at_a_tiny_size(
    search_engine, organisation
):
    index = VolunteerIndexPageFactory(parent=organisation)
    offers = [VolunteerOfferPageFactory(parent=index) for _ in range(2)]

    indexed = measure.reindex(400, languages=("pl",))
    latency = measure.search_latency(rounds=4, languages=("pl",))
    percolation = measure.percolation_cost(200, languages=("pl",))
    measure.add_volunteers(200, first=0)
    matching = measure.matching_cost(offers, rounds=4)
    lines = table_lines([Figures(200, indexed, latency, percolation, matching, (1.0, 1.0))])

    assert indexed["documents"] == indexed["counted"] == 200
    assert latency["found"]["rare term"] == 1  # one in 5,000 per language, from number 7 on
    assert latency["found"]["common term"] == 200  # every document of the language
    assert latency["found"]["faceted geo"] > 0
    assert percolation["alerts"] > 0
    assert matching["volunteers"] == 200
    assert any(line.startswith("faceted geo p95 ms") for line in lines)
    assert any(line.startswith("percolate 100 postings s") for line in lines)


def test_the_table_gives_the_growth_exponent_and_the_targets_at_a_million():
    small = figures_at(100_000, geo_p95=10.0, reindex_s=60.0, ranking_p95=4.0)
    million = figures_at(1_000_000, geo_p95=150.0, reindex_s=600.0, ranking_p95=40.0)

    lines = table_lines([small, million])
    targets = target_lines([small, million])

    reindex = next(line for line in lines if line.startswith("reindex s"))
    assert reindex.split()[-1] == "1.00"  # ten times the documents, ten times the time
    assert targets == [
        "target at 1M faceted geo search p95 <= 100 ms: MISSED (150.0)",
        "target at 1M reindex <= 15 min: met (600.0)",
        "target at 1M matching top-50, ranking p95 <= 50 ms: met (40.0)",
        "target at 1M matching top-50, candidates question p95 <= 50 ms: met (40.0)",
    ]


def test_a_projection_to_a_million_never_lets_a_cost_fall_with_size():
    small = figures_at(10_000, geo_p95=50.0, reindex_s=40.0, ranking_p95=4.0)
    large = figures_at(100_000, geo_p95=30.0, reindex_s=120.0, ranking_p95=5.0)

    targets = target_lines([small, large])

    assert targets[0].endswith("projected at 1M with k=0.00: 30.0, would be met)")
    assert targets[1].endswith("projected at 1M with k=1.00: 1200.0, would be MISSED)")
