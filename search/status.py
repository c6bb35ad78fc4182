"""How true the network search is: what the database says belongs in it, what the database
entries (the fallback) hold and what the engine's index holds, per language, and the drift
between them. Wagtail's own backends swallow indexing errors, and ours can only retry while the
worker runs; this is the check that notices the rest, and `repair` closes the gap."""

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.db.models.functions import Coalesce

from wagtail.models import Page

from search import engine, fallback, indexing
from search.mapping import alias_name
from search.models import NetworkEntry
from search.registry import adapters

PAGE_SIZE = 5000

# page id -> (kind, published time); the time tells a stale copy from a true one
Listing = dict[int, tuple[str, datetime.datetime | None]]


@dataclass
class Drift:
    missing: set[int] = field(default_factory=set)  # should be there and is not
    extra: set[int] = field(default_factory=set)  # is there and should not be
    stale: set[int] = field(default_factory=set)  # there, from an older publication

    @property
    def total(self) -> int:
        return len(self.missing) + len(self.extra) + len(self.stale)

    def to_sync(self) -> set[int]:
        return self.missing | self.extra | self.stale


@dataclass
class LanguageStatus:
    language: str
    expected: Counter
    database: Counter
    database_drift: Drift
    engine: Counter | None = None  # None: no engine configured or it did not answer
    engine_drift: Drift | None = None
    engine_error: str = ""

    @property
    def drift_total(self) -> int:
        return self.database_drift.total + (self.engine_drift.total if self.engine_drift else 0)


def expected(language: str) -> Listing:
    listing: Listing = {}
    for adapter in adapters().values():
        rows = (
            adapter.queryset()
            .filter(locale__language_code=language)
            .annotate(published=Coalesce("last_published_at", "first_published_at"))
            .values_list("pk", "published")
        )
        listing.update({pk: (adapter.kind, published) for pk, published in rows})
    return listing


def stored(language: str) -> Listing:
    rows = NetworkEntry.objects.filter(language=language).values_list(
        "page_id", "kind", "published_at"
    )
    return {page_id: (kind, published) for page_id, kind, published in rows}


def indexed(language: str) -> Listing:
    """Every document in the language's index, in page-id order."""
    listing: Listing = {}
    body = {"_source": ["kind", "published_at"], "sort": [{"page_id": "asc"}]}
    for hit in engine.sorted_hits(
        index=alias_name(language), body=body, page_size=PAGE_SIZE, timeout=indexing.BULK_TIMEOUT
    ):
        published = hit["_source"].get("published_at")
        listing[int(hit["_id"])] = (
            hit["_source"]["kind"],
            datetime.datetime.fromisoformat(published) if published else None,
        )
    return listing


def compare(truth: Listing, copy: Listing) -> Drift:
    both = truth.keys() & copy.keys()
    return Drift(
        missing=set(truth.keys() - copy.keys()),
        extra=set(copy.keys() - truth.keys()),
        stale={pk for pk in both if truth[pk] != copy[pk]},
    )


def _counts(listing: Listing) -> Counter:
    return Counter(kind for kind, _published in listing.values())


def check(language: str) -> LanguageStatus:
    truth = expected(language)
    in_database = stored(language)
    status = LanguageStatus(
        language=language,
        expected=_counts(truth),
        database=_counts(in_database),
        database_drift=compare(truth, in_database),
    )
    if engine.is_configured():
        try:
            in_engine = indexed(language)
        except engine.EngineUnavailable as error:
            status.engine_error = str(error)
        else:
            status.engine = _counts(in_engine)
            status.engine_drift = compare(truth, in_engine)
    return status


def repair(status: LanguageStatus) -> dict[str, int]:
    """Brings the database entries and the engine's index back to what the database says,
    in bulk: a missing or stale page is written again, an extra one removed."""
    repaired = {"database": 0, "engine": 0}
    for page_id in status.database_drift.to_sync():
        page = Page.objects.filter(pk=page_id).first()
        document = indexing.document_for(page) if page is not None else None
        if document is None or document.language != status.language:
            fallback.forget(page_id)
        else:
            fallback.store(document)
        repaired["database"] += 1
    drift = status.engine_drift
    if drift is not None and drift.total:
        to_write = drift.missing | drift.stale
        pages = Page.objects.filter(pk__in=to_write)
        documents = [
            document
            for page in pages
            if (document := indexing.document_for(page)) and document.language == status.language
        ]
        written = {document.page_id for document in documents}
        indexing.bulk_load(alias_name(status.language), documents)
        indexing.bulk_delete(status.language, drift.extra | (to_write - written))
        engine.call(
            "indices.refresh", index=alias_name(status.language), timeout=indexing.BULK_TIMEOUT
        )
        repaired["engine"] = drift.total
    return repaired
