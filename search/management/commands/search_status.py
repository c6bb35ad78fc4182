from django.core.management.base import BaseCommand, CommandError

from search import engine, status
from search.mapping import LANGUAGES


class Command(BaseCommand):
    help = (
        "Reports the network search per language: documents per kind that should be searchable, "
        "held in the database entries and in the engine's index, and the drift between them "
        "(missing, extra, stale). --repair writes the missing and stale pages again and "
        "removes the extra ones. Exits with status 1 when drift remains."
    )

    def add_arguments(self, parser):
        parser.add_argument("--language", choices=LANGUAGES, action="append")
        parser.add_argument("--repair", action="store_true", help="fix the drift found")

    def handle(self, *args, language=None, repair=False, **options):
        remaining = unanswered = 0
        for code in language or LANGUAGES:
            report = status.check(code)
            self._print(report)
            if repair and report.drift_total:
                try:
                    fixed = status.repair(report)
                except engine.EngineUnavailable as error:
                    raise CommandError(
                        f"{code}: the engine did not answer the repair: {error}"
                    ) from error
                self.stdout.write(
                    f"  repaired: {fixed['database']} database entries, {fixed['engine']} "
                    "engine documents"
                )
                report = status.check(code)
                self._print(report, heading="  after repair")
            remaining += report.drift_total
            unanswered += bool(report.engine_error)
        if unanswered:
            raise CommandError("the engine did not answer; its drift is unknown")
        if remaining:
            raise CommandError(f"{remaining} documents out of step; run with --repair")

    def _print(self, report: status.LanguageStatus, heading: str = "") -> None:
        self.stdout.write(heading or f"{report.language}:")
        kinds = sorted(set(report.expected) | set(report.database) | set(report.engine or {}))
        self.stdout.write(f"  {'kind':<14}{'should be':>10}{'database':>10}{'engine':>10}")
        for kind in kinds:
            in_engine = str(report.engine[kind]) if report.engine is not None else "-"
            self.stdout.write(
                f"  {kind:<14}{report.expected[kind]:>10}{report.database[kind]:>10}{in_engine:>10}"
            )
        self.stdout.write(f"  database drift: {_describe(report.database_drift)}")
        if report.engine_error:
            self.stdout.write(f"  engine: did not answer ({report.engine_error[:200]})")
        elif report.engine_drift is not None:
            self.stdout.write(f"  engine drift: {_describe(report.engine_drift)}")
        else:
            self.stdout.write("  engine: none configured (SEARCH_URL is empty)")


def _describe(drift: status.Drift) -> str:
    if not drift.total:
        return "none"
    parts = []
    for name in ("missing", "extra", "stale"):
        ids = sorted(getattr(drift, name))
        if ids:
            shown = ", ".join(map(str, ids[:10])) + (" …" if len(ids) > 10 else "")
            parts.append(f"{len(ids)} {name} (pages {shown})")
    return "; ".join(parts)
