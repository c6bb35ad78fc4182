"""The one table `make bench-scale` prints: each figure at each size, the growth exponent
between consecutive sizes, the machine it ran on, and the issue's targets at 1M met or missed."""

import itertools
from dataclasses import dataclass

from benchmarks.scale_measures import exponent

MILLION = 1_000_000
# Label: (figure, limit, the least growth exponent a projection to 1M assumes). A reindex
# costs at least linear time (the fixed cost of creating indices flatters small sizes), and no
# latency falls with size (a falling one between two sizes is noise from a busy machine).
TARGETS = {
    "faceted geo search p95 <= 100 ms": ("faceted geo p95 ms", 100.0, 0.0),
    "reindex <= 15 min": ("reindex s", 15 * 60.0, 1.0),
    "matching top-50, ranking p95 <= 50 ms": ("top-50 ranking p95 ms", 50.0, 0.0),
    "matching top-50, candidates question p95 <= 50 ms": ("top-50 candidates p95 ms", 50.0, 0.0),
}


@dataclass
class Figures:
    size: int
    indexed: dict
    latency: dict
    percolation: dict | None
    matching: dict
    node_mb: tuple[float, float]

    def rows(self) -> dict[str, float | None]:
        """Figure name -> value (None: not measured at this size)."""
        perc = self.percolation or {}
        values = {
            "reindex s": self.indexed["reindex_s"],
            "reindex documents/s": self.indexed["documents"] / self.indexed["reindex_s"],
        }
        for name in ("rare term", "common term", "faceted geo"):
            values[f"{name} p50 ms"] = self.latency[name]["p50"]
            values[f"{name} p95 ms"] = self.latency[name]["p95"]
            values[f"{name} hits"] = self.latency["found"][name]
        values |= {
            "saved searches stored s": perc.get("stored_s"),
            "percolate 100 postings s": perc.get("percolate_s"),
            "alerts found": perc.get("alerts"),
            "matching arrays load s": self.matching["load_s"],
            "top-50 ranking p50 ms": self.matching["vector"]["p50"],
            "top-50 ranking p95 ms": self.matching["vector"]["p95"],
            "top-50 candidates p50 ms": self.matching["end_to_end"]["p50"],
            "top-50 candidates p95 ms": self.matching["end_to_end"]["p95"],
            "node resident MB": self.node_mb[0],
            "node peak resident MB": self.node_mb[1],
        }
        return values


def _cell(value: float | None) -> str:
    if value is None:
        return f"{'-':>11}"
    return f"{value:>11,.0f}" if abs(value) >= 100 else f"{value:>11.2f}"


def table_lines(figures: list[Figures]) -> list[str]:
    sizes = [f.size for f in figures]
    rows = [f.rows() for f in figures]
    pairs = list(itertools.pairwise(sizes))
    header = f"{'figure':<28}" + "".join(f"{size:>11,}" for size in sizes)
    header += "".join(f"{f'k {a // 1000}k→{b // 1000}k':>14}" for a, b in pairs)
    lines = [header, "-" * len(header)]
    for name in rows[0] if rows else []:
        line = f"{name:<28}" + "".join(_cell(row[name]) for row in rows)
        for index, _pair in enumerate(pairs):
            small, large = rows[index][name], rows[index + 1][name]
            k = None
            if small is not None and large is not None:
                k = exponent((sizes[index], small), (sizes[index + 1], large))
            line += f"{'-':>14}" if k is None else f"{k:>14.2f}"
        lines.append(line)
    return lines


def target_lines(figures: list[Figures]) -> list[str]:
    """Met or missed at 1M; without a 1M run, the largest size's figure and where the growth
    between the two largest sizes would take it at 1M (a projection, not a measurement)."""
    at_million = next((f.rows() for f in figures if f.size == MILLION), None)
    lines = []
    for label, (name, limit, least_k) in TARGETS.items():
        if at_million is not None:
            value = at_million[name]
            verdict = "met" if value <= limit else "MISSED"
            lines.append(f"target at 1M {label}: {verdict} ({value:.1f})")
            continue
        if not figures:
            lines.append(f"target at 1M {label}: not checked, nothing ran")
            continue
        largest = figures[-1]
        value = largest.rows()[name]
        line = f"target at 1M {label}: not checked, 1M not run (at {largest.size:,}: {value:.1f}"
        if len(figures) > 1:
            previous = figures[-2]
            k = exponent((previous.size, previous.rows()[name]), (largest.size, value))
            if k is not None:
                k = max(k, least_k)
                projected = value * (MILLION / largest.size) ** k
                verdict = "would be met" if projected <= limit else "would be MISSED"
                line += f"; projected at 1M with k={k:.2f}: {projected:.1f}, {verdict}"
        lines.append(line + ")")
    return lines


def server_lines(servers: list[dict], *, users: int, seconds: float) -> list[str]:
    if not servers:
        return ["gunicorn workers x threads: not measured (SCALE_SERVERS empty)"]
    lines = [
        f"gunicorn workers x threads on the load test's pages ({users} keep-alive users, "
        f"{seconds:.0f} s each, production settings, PostgreSQL, demo network)",
        f"{'workers x threads':<20}{'requests/s':>12}{'p50 ms':>10}{'p95 ms':>10}"
        f"{'answered':>10}{'failed':>8}",
    ]
    for row in servers:
        lines.append(
            f"{row['workers']:>7} x {row['threads']:<10}{row['rate']:>12.1f}{row['p50']:>10.0f}"
            f"{row['p95']:>10.0f}{row['ok']:>10}{row['failed']:>8}"
        )
    return lines


def print_table(
    figures: list[Figures],
    servers: list[dict],
    *,
    machine: dict,
    users: int = 50,
    seconds: float = 20,
) -> None:
    print()
    print(
        f"=== bench-scale: {machine['cores']} cores, {machine['memory_gb']:.1f} GB memory, "
        f"OpenSearch heap {machine['heap']} (one node), load average "
        f"{machine['load_before']:.2f} before and {machine['load_after']:.2f} after; "
        f"benchmark process peak {machine['bench_peak_mb']:.0f} MB ==="
    )
    print(
        f"documents = volunteers = saved searches (up to 100,000) = size; {machine['rounds']} "
        f"rounds per latency; matching over {machine['offers']} offers; k = growth exponent "
        "(cost ∝ size^k)"
    )
    for line in table_lines(figures):
        print(line)
    print()
    for line in server_lines(servers, users=users, seconds=seconds):
        print(line)
    print()
    for line in target_lines(figures):
        print(line)
