"""Network search from the database, for when there is no engine or it does not answer.

Bounded by design (Wagtail's database backend scores every matching row, which took ~50 s on
SQLite for a common term over 10,000 rows): the database's own full-text index (PostgreSQL:
GIN over a stored `to_tsvector('simple', search_text || ' ' || search_stemmed)` column;
SQLite: FTS5 over both columns) finds at most CANDIDATES matching rows, and only those are
filtered, counted and ranked.

Polish entries also keep the folded Stempel stems of their words (search/stemming.py), and a
Polish query word matches its folded self or its folded stem: "konferencji" finds
"konferencja", "Ukraina" finds "z Ukrainy", and nothing found before is lost."""

import datetime
import difflib
import json
import re
from functools import reduce
from operator import or_

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import Count, F, Q, QuerySet

from pages.geo import filter_near, fold
from search.models import NetworkEntry
from search.queries import FACETS, Hit, SearchParams, SearchResults, merge_case
from search.registry import NetworkDocument
from search.stemming import enabled as stemming_enabled
from search.stemming import stem, stems

CANDIDATES = 2000
MAX_WORDS = 12
BODY_CHARS = 4000
WORD = re.compile(r"\w+")
# A query's words, each as the folded forms an entry may hold for it (the word, its stem).
Terms = list[tuple[str, ...]]


def words(text: str) -> list[str]:
    return WORD.findall(fold(text))[:MAX_WORDS]


def query_terms(text: str, language: str) -> Terms:
    """Each word of a query with what may stand for it in an entry: its folded self and, in a
    stemmed language, its folded stem."""
    stemmed = stemming_enabled(language)
    terms = []
    for word in WORD.findall(text)[:MAX_WORDS]:
        folded = "".join(WORD.findall(fold(word)))
        if not folded:
            continue
        stemmed_word = stem(word) if stemmed else folded
        terms.append((folded,) if stemmed_word in (folded, "") else (folded, stemmed_word))
    return terms


def _searchable(document: NetworkDocument) -> str:
    parts = [
        document.title,
        " ".join(document.tags),
        document.organisation,
        document.city,
        document.summary,
        document.body[:BODY_CHARS],
    ]
    return " ".join(parts)


def search_text(document: NetworkDocument) -> str:
    return " ".join(WORD.findall(fold(_searchable(document))))


def search_stemmed(document: NetworkDocument) -> str:
    """The folded stems of the entry's words, for a language the fallback stems; else empty."""
    if not stemming_enabled(document.language):
        return ""
    return " ".join(stems(_searchable(document)))


def entry_fields(document: NetworkDocument) -> dict:
    """The NetworkEntry columns of a document (besides the page)."""
    return {
        "kind": document.kind,
        "language": document.language,
        "title": document.title[:255],
        "url": document.url[:500],
        "summary": document.summary,
        "organisation": document.organisation[:255],
        "tags": document.tags,
        "city": document.city,
        "latitude": document.latitude,
        "longitude": document.longitude,
        "remote": document.remote,
        "start_date": document.start_date,
        "end_date": document.end_date,
        "deadline_date": document.deadline_date,
        "salary_min": document.salary_min,
        "salary_max": document.salary_max,
        "employment_type": document.employment_type,
        "published_at": document.published_at,
        "search_text": search_text(document),
        "search_stemmed": search_stemmed(document),
    }


def store(document: NetworkDocument) -> None:
    NetworkEntry.objects.update_or_create(page_id=document.page_id, defaults=entry_fields(document))


def forget(page_id: int) -> None:
    NetworkEntry.objects.filter(page_id=page_id).delete()


def _matching_ids(terms: Terms, language: str, *, prefix: bool = False) -> list[int]:
    """Ids of at most CANDIDATES entries containing every term (one of its alternatives; with
    `prefix`, the last term's first alternative as the start of a word), best first. Terms are
    folded words (\\w+), so they carry no query syntax of either database."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            groups = ["(" + " | ".join(term) + ")" for term in terms]
            if prefix:
                groups[-1] = f"{terms[-1][0]}:*"
            tsquery = " & ".join(groups)
            cursor.execute(
                "SELECT id FROM ("
                "  SELECT id, search_vector FROM network_search_networkentry"
                "  WHERE language = %s AND search_vector @@ to_tsquery('simple', %s)"
                "  LIMIT %s"
                ") AS candidates"
                " ORDER BY ts_rank(search_vector, to_tsquery('simple', %s)) DESC",
                [language, tsquery, CANDIDATES, tsquery],
            )
        elif connection.vendor == "sqlite":
            groups = ["(" + " OR ".join(f'"{word}"' for word in term) + ")" for term in terms]
            if prefix:
                groups[-1] = f'"{terms[-1][0]}"*'
            cursor.execute(
                "SELECT rowid FROM network_search_fts WHERE network_search_fts MATCH %s "
                "ORDER BY rank LIMIT %s",
                [" AND ".join(groups), CANDIDATES * 2],
            )
        else:  # another database: a capped substring scan
            queryset = NetworkEntry.objects.filter(language=language)
            for term in terms:
                found = Q()
                for word in term:
                    found |= Q(search_text__contains=word) | Q(search_stemmed__contains=word)
                queryset = queryset.filter(found)
            return list(queryset.values_list("pk", flat=True)[:CANDIDATES])
        return [row[0] for row in cursor.fetchall()]


def _matching_ids_completing_last_word(terms: Terms, language: str) -> list[int]:
    """The entries with every word (`_matching_ids`), then, up to CANDIDATES, those whose
    last word only starts a word of theirs ("ksi" for "księgowa"), as the autocomplete finds
    them: what it suggested is found, and whole words rank first."""
    whole = _matching_ids(terms, language)
    if len(whole) >= CANDIDATES:
        return whole
    found = set(whole)
    started = [pk for pk in _matching_ids(terms, language, prefix=True) if pk not in found]
    return [*whole, *started][:CANDIDATES]


def _filtered(params: SearchParams, *, today: datetime.date, hidden: list[int]) -> QuerySet:
    """The entries a search's filters leave, before the checkbox facets' (chosen_filters)."""
    queryset = (
        NetworkEntry.objects.filter(language=params.language)
        .filter(Q(deadline_date__isnull=True) | Q(deadline_date__gte=today))
        .exclude(page_id__in=hidden)
    )
    if params.kinds:
        queryset = queryset.filter(kind__in=params.kinds)
    if params.employment_type:
        queryset = queryset.filter(employment_type=params.employment_type)
    if params.city:
        queryset = filter_near(queryset, city=params.city, radius=params.radius_km)
    if params.open_only:
        queryset = queryset.filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
    if params.upcoming_only:
        queryset = queryset.filter(start_date__gte=today)
    return queryset


def _any_tag(tag: str) -> Q:
    """An entry whose tags hold `tag` in any case: the tag, quoted as in the stored JSON text
    (PostgreSQL prints jsonb with its characters, SQLite keeps Django's ASCII escapes)."""
    quoted = json.dumps(tag, ensure_ascii=connection.vendor != "postgresql")
    return Q(tags__icontains=quoted)


def chosen_filters(params: SearchParams) -> dict[str, Q]:
    """The ticked organisations and topics, by facet: any of them, in any case."""
    chosen = {}
    if params.organisations:
        chosen["organisation"] = reduce(
            or_, (Q(organisation__iexact=name) for name in params.organisations)
        )
    if params.tags:
        chosen["tags"] = reduce(or_, (_any_tag(tag) for tag in params.tags))
    return chosen


def _facets(queryset: QuerySet, chosen: dict[str, Q]) -> dict[str, list[tuple[str, int]]]:
    """Each facet counted under the other facets' choices only, like the engine's."""
    facets = {}
    for name, size in FACETS.items():
        counted = queryset
        for facet, condition in chosen.items():
            if facet != name:
                counted = counted.filter(condition)
        found = _tag_facet(counted, size) if name == "tags" else _facet(counted, name, size)
        facets[name] = merge_case(found)
    return facets


def run(params: SearchParams, *, today: datetime.date, hidden: list[int]) -> SearchResults:
    queryset = _filtered(params, today=today, hidden=hidden)
    terms = query_terms(params.q, params.language)
    ranked_ids: list[int] | None = None
    if terms:
        ranked_ids = _matching_ids_completing_last_word(terms, params.language)
        queryset = queryset.filter(pk__in=ranked_ids)
    chosen = chosen_filters(params)
    facets = _facets(queryset, chosen)
    for condition in chosen.values():
        queryset = queryset.filter(condition)
    total = queryset.count()
    start, per_page = (params.page - 1) * params.per_page, params.per_page
    if params.sort == "distance" and params.radius_km and params.city:
        rows = list(queryset.order_by("distance_km")[start : start + per_page])
    elif ranked_ids is not None and params.sort == "relevance":
        position = {pk: rank for rank, pk in enumerate(ranked_ids)}
        matching = sorted(queryset.values_list("pk", flat=True), key=position.__getitem__)
        page_ids = matching[start : start + per_page]
        by_id = NetworkEntry.objects.in_bulk(page_ids)
        rows = [by_id[pk] for pk in page_ids]
    elif params.sort == "deadline":
        rows = list(
            queryset.order_by(F("deadline_date").asc(nulls_last=True), "-published_at")[
                start : start + per_page
            ]
        )
    else:
        rows = list(queryset.order_by("-published_at", "pk")[start : start + per_page])
    return SearchResults(
        total=total,
        hits=[_hit(row) for row in rows],
        facets=facets,
        suggestion=nearest_topic(params.q, params.language) if terms and not total else "",
        reduced=True,
    )


# How alike (difflib's ratio, 0 to 1) a query and a topic must be to offer "did you mean".
SUGGESTION_CUTOFF = 0.75


def nearest_topic(q: str, language: str) -> str:
    """ "Did you mean" without an engine: the topic (tag) of the language's entries nearest to
    the query, compared without case or diacritics; "" when none is near."""
    topics = {
        fold(tag).lower(): tag
        for tag, _count in _tag_facet(NetworkEntry.objects.filter(language=language), 500)
    }
    found = difflib.get_close_matches(fold(q).lower(), topics, n=1, cutoff=SUGGESTION_CUTOFF)
    return topics[found[0]] if found else ""


def _facet(queryset: QuerySet, name: str, size: int) -> list[tuple[str, int]]:
    counts = (
        queryset.exclude(**{name: ""})
        .values(name)
        .annotate(count=Count("pk"))
        .order_by("-count", name)[:size]
    )
    return [(row[name], row["count"]) for row in counts]


def _tag_facet(queryset: QuerySet, size: int) -> list[tuple[str, int]]:
    """Counts of each tag in the JSON lists of the filtered entries, by the database's own
    JSON functions (one GROUP BY, like the other facets)."""
    elements = {
        "postgresql": "jsonb_array_elements_text(entry.tags) AS tag(value)",
        "sqlite": "json_each(entry.tags) AS tag",
    }.get(connection.vendor)
    if elements is None:  # another database: no tag counts, the other facets still work
        return []
    try:
        subquery, params = queryset.values("pk").query.sql_with_params()
    except EmptyResultSet:  # the filters can match nothing (no word matched)
        return []
    # Only constants and the ORM's own SQL are formatted in; every value is a parameter.
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT tag.value, COUNT(*) FROM {NetworkEntry._meta.db_table} AS entry, {elements}"  # noqa: S608
            f" WHERE entry.id IN ({subquery})"
            " GROUP BY tag.value ORDER BY COUNT(*) DESC, tag.value LIMIT %s",
            [*params, size],
        )
        return [(value, count) for value, count in cursor.fetchall()]


def _hit(row: NetworkEntry) -> Hit:
    return Hit(
        page_id=row.page_id,
        kind=row.kind,
        title=row.title,
        url=row.url,
        organisation=row.organisation,
        summary=row.summary,
        highlight="",
        city=row.city,
        deadline_date=row.deadline_date.isoformat() if row.deadline_date else None,
        start_date=row.start_date.isoformat() if row.start_date else None,
        distance_km=round(row.distance_km, 1) if hasattr(row, "distance_km") else None,
    )


def autocomplete(prefix: str, *, language: str, hidden: list[int], size: int = 8) -> list[dict]:
    typed = words(prefix)
    if not typed:
        return []
    # The word being typed is not a word yet: it is completed, not stemmed.
    terms = [*query_terms(" ".join(typed[:-1]), language), (typed[-1],)]
    ids = _matching_ids(terms, language, prefix=True)[: size * 5]
    rows = (
        NetworkEntry.objects.filter(pk__in=ids, language=language)
        .exclude(page_id__in=hidden)
        .only("title", "url", "kind")
    )
    by_id = {row.pk: row for row in rows}
    ordered = [by_id[pk] for pk in ids if pk in by_id][:size]
    return [{"title": row.title, "url": row.url, "kind": row.kind} for row in ordered]
