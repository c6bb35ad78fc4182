"""Network search questions, built with elasticsearch-dsl and answered by the engine.

Text goes through `simple_query_string`, which reads quotes as phrases and never fails on
unbalanced ones, plus a fuzzy match on the folded fields so a one-letter typo still finds
its page. Facet counts come from aggregations over the filtered results."""

import datetime
from dataclasses import dataclass, field

from elasticsearch_dsl import A, Q, Search

from search import engine
from search.mapping import alias_name

PER_PAGE = 10
MAX_PER_PAGE = 50  # the API's `per_page` (docs/search.md); the search page shows PER_PAGE
MAX_RESULTS = 1000  # deep paging past this is not a search any more, it is an export
AUTOCOMPLETE_FIELDS = ["title_suggest", "title_suggest._2gram", "title_suggest._3gram"]
TEXT_FIELDS = [
    "title^5",
    "title.folded^3",
    "tags_text^3",
    "organisation_text^2",
    "summary^2",
    "summary.folded",
    "body",
    "body.folded^0.5",
]
FUZZY_FIELDS = ["title.folded^2", "summary.folded", "tags_text", "body.folded^0.3"]
# The last word as the start of a word, as the header's autocomplete reads it: a search for
# what it suggested finds it. Folded, unstemmed fields; a prefix scores a constant, so with
# this boost whole words (scored by BM25 on every text field) rank first.
PREFIX_FIELDS = [*AUTOCOMPLETE_FIELDS, "summary.folded"]
PREFIX_BOOST = 0.2
FACETS = {"kind": 10, "organisation": 20, "tags": 20, "city": 20, "employment_type": 10}


@dataclass
class SearchParams:
    q: str = ""
    language: str = "pl"
    kinds: list[str] = field(default_factory=list)
    # Ticked in the facets' checkbox lists: any of them (OR) within a facet, AND across facets.
    organisations: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    city: str = ""
    latitude: float | None = None
    longitude: float | None = None
    radius_km: int | None = None
    employment_type: str = ""
    open_only: bool = False
    upcoming_only: bool = False
    sort: str = "relevance"
    page: int = 1
    per_page: int = PER_PAGE


# The fields of SearchParams a saved search keeps (the rest is paging, sorting and dates).
CRITERIA = (
    "q",
    "kinds",
    "organisations",
    "tags",
    "city",
    "latitude",
    "longitude",
    "radius_km",
    "employment_type",
)


def criteria_of(params: SearchParams) -> dict:
    return {name: getattr(params, name) for name in CRITERIA}


# Saved searches stored before the facets became lists kept one value under these names.
LEGACY_CRITERIA = {"organisation": "organisations", "tag": "tags"}


def params_from(criteria: dict, *, language: str) -> SearchParams:
    known = {k: v for k, v in criteria.items() if k in CRITERIA}
    for old, new in LEGACY_CRITERIA.items():
        if criteria.get(old) and new not in known:
            known[new] = [criteria[old]]
    return SearchParams(language=language, **known)


def merge_case(buckets: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Facet values that differ only in case ("Kultura", "kultura") as one, named by the
    most common spelling, counts added up; the filters match any case of a value."""
    merged: dict[str, list] = {}
    for value, count in sorted(buckets, key=lambda bucket: -bucket[1]):
        entry = merged.setdefault(value.casefold(), [value, 0])
        entry[1] += count
    return sorted(((value, count) for value, count in merged.values()), key=lambda b: (-b[1], b[0]))


@dataclass
class Hit:
    page_id: int
    kind: str
    title: str
    url: str
    organisation: str
    summary: str
    highlight: str  # HTML escaped by the engine, with <mark> around the matches
    city: str
    deadline_date: str | None
    start_date: str | None
    distance_km: float | None = None


@dataclass
class SearchResults:
    total: int
    hits: list[Hit]
    facets: dict[str, list[tuple[str, int]]]
    suggestion: str = ""  # the query with its words corrected ("did you mean")
    topic_suggestion: str = ""  # the nearest topic of the vocabulary (search.selectors)
    reduced: bool = False


def _missing_or_from(field_name: str, day: datetime.date):
    return Q(
        "bool",
        should=[
            ~Q("exists", field=field_name),
            Q("range", **{field_name: {"gte": day.isoformat()}}),
        ],
        minimum_should_match=1,
    )


def _any_of(name: str, values: list[str]):
    return Q(
        "bool",
        should=[
            Q("term", **{name: {"value": value, "case_insensitive": True}}) for value in values
        ],
        minimum_should_match=1,
    )


def chosen_filters(params: SearchParams) -> dict[str, object]:
    """The filters of the facets shown as checkbox lists, by facet: any ticked value."""
    chosen = {"organisation": params.organisations, "tags": params.tags}
    return {name: _any_of(name, values) for name, values in chosen.items() if values}


def criteria_filters(params: SearchParams, *, with_chosen: bool = True) -> list:
    """What a search asks for besides its words; also what a saved search stores. Without
    `with_chosen`, the checkbox facets' filters are left to the caller (a post filter)."""
    filters = []
    if params.kinds:
        filters.append(Q("terms", kind=params.kinds))
    if with_chosen:
        filters += list(chosen_filters(params).values())
    if params.employment_type:
        filters.append(Q("term", employment_type=params.employment_type))
    if params.latitude is not None and params.radius_km:
        filters.append(
            Q(
                "geo_distance",
                distance=f"{params.radius_km}km",
                location={"lat": params.latitude, "lon": params.longitude},
            )
        )
    elif params.city:
        filters.append(Q("term", city=params.city))
    return filters


def _filters(params: SearchParams, *, today: datetime.date) -> list:
    # Closed job offers and volunteer offers leave the index on the day of their deadline
    # only through a task; the query never shows them meanwhile.
    filters = [
        _missing_or_from("deadline_date", today),
        *criteria_filters(params, with_chosen=False),
    ]
    if params.open_only:  # not over yet: no end date, or it is still ahead
        filters.append(_missing_or_from("end_date", today))
    if params.upcoming_only:
        filters.append(Q("range", start_date={"gte": today.isoformat()}))
    return filters


def alert_query(params: SearchParams):
    """The query a saved search is stored as in the percolator index: its words and filters,
    without the date conditions (a page is percolated when it is published, while open).
    Without the search's typo tolerance: a saved search's words have been checked against
    its results already, and a fuzzy clause made every stored query a candidate to verify
    for every page (benchmarks/search.py: ~500 ms per page at 500 saved searches)."""
    return Q(
        "bool",
        must=[words_query(params.q)] if params.q else [Q("match_all")],
        filter=criteria_filters(params),
    )


def words_query(q: str):
    """Every word (or quoted phrase) of `q`, in any of the text fields, stemmed and folded."""
    return Q("simple_query_string", query=q, fields=TEXT_FIELDS, default_operator="and")


def text_query(q: str):
    loose = q.replace('"', " ").strip()
    return Q(
        "bool",
        should=[
            words_query(q),
            Q(
                "multi_match",
                query=loose,
                fields=FUZZY_FIELDS,
                fuzziness="AUTO",
                prefix_length=1,
                operator="and",
                boost=0.3,
            ),
            Q(
                "multi_match",
                query=loose,
                type="bool_prefix",
                fields=PREFIX_FIELDS,
                operator="and",
                boost=PREFIX_BOOST,
            ),
        ],
        minimum_should_match=1,
    )


def without_pages(search: Search, hidden: list[int]) -> Search:
    """`search` leaving out the documents of `hidden` pages (search.privacy)."""
    return search.exclude("terms", page_id=list(hidden)) if hidden else search


def build_search(params: SearchParams, *, today: datetime.date, hidden: list[int]) -> Search:
    search = Search(index=alias_name(params.language))
    if params.q:
        search = search.query(text_query(params.q))
    search = search.filter(Q("bool", filter=_filters(params, today=today)))
    search = without_pages(search, hidden)
    # The ticked organisations and topics filter the hits after the aggregations, and each
    # facet is counted under the other facets' choices only: a checkbox list keeps showing
    # what one more tick would add (OR within a facet, AND across facets).
    chosen = chosen_filters(params)
    if chosen:
        search = search.post_filter(Q("bool", filter=list(chosen.values())))
    for name, size in FACETS.items():
        others = [query for facet, query in chosen.items() if facet != name]
        search.aggs.bucket(name, A("filter", Q("bool", filter=others))).bucket(
            "values", A("terms", field=name, size=size)
        )
    search = search.highlight_options(
        encoder="html", pre_tags=["<mark>"], post_tags=["</mark>"], number_of_fragments=1
    ).highlight("summary", "body", fragment_size=180, no_match_size=180)
    if params.q:
        # The phrase suggester corrects the query as a whole from the indexed titles and
        # summaries (the folded `spelling` field), keeping the words that were right.
        search = search.suggest(
            "spelling",
            params.q,
            phrase={
                "field": "spelling",
                "size": 1,
                "max_errors": 2,
                "confidence": 0.0,
                "direct_generator": [
                    {"field": "spelling", "suggest_mode": "always", "min_word_length": 3}
                ],
            },
        )
    search = search.sort(*_sort(params))
    start = (params.page - 1) * params.per_page
    return search[start : start + params.per_page]


def _sort(params: SearchParams) -> list:
    newest = {"published_at": {"order": "desc"}}
    if params.sort == "distance" and params.latitude is not None:
        return [
            {
                "_geo_distance": {
                    "location": {"lat": params.latitude, "lon": params.longitude},
                    "order": "asc",
                    "unit": "km",
                }
            },
            newest,
        ]
    if params.sort == "newest" or (params.sort == "relevance" and not params.q):
        return [newest]
    if params.sort == "deadline":
        return [{"deadline_date": {"order": "asc", "missing": "_last"}}, newest]
    return ["_score", newest]


# A search finding fewer results than this is offered "did you mean".
FEW_RESULTS = 3


def _suggestion(response: dict, q: str) -> str:
    """The phrase suggester's correction of `q`, when it changes something."""
    for entry in response.get("suggest", {}).get("spelling", []):
        for option in entry["options"]:
            if option["text"].casefold() != q.casefold():
                return option["text"]
    return ""


def _total(total) -> int:
    return total["value"] if isinstance(total, dict) else total


def run(params: SearchParams, *, today: datetime.date, hidden: list[int]) -> SearchResults:
    body = build_search(params, today=today, hidden=hidden).to_dict()
    response = engine.call("search", index=alias_name(params.language), body=body)
    hits = []
    for hit in response["hits"]["hits"]:
        source, highlight = hit["_source"], hit.get("highlight", {})
        fragments = highlight.get("summary") or highlight.get("body") or []
        distance = None
        if params.sort == "distance" and hit.get("sort"):
            distance = round(float(hit["sort"][0]), 1)
        hits.append(
            Hit(
                page_id=source["page_id"],
                kind=source["kind"],
                title=source["title"],
                url=source["url"],
                organisation=source.get("organisation", ""),
                summary=source.get("summary", ""),
                highlight=fragments[0] if fragments else "",
                city=source.get("city", ""),
                deadline_date=source.get("deadline_date"),
                start_date=source.get("start_date"),
                distance_km=distance,
            )
        )
    facets = {
        name: merge_case(
            [(bucket["key"], bucket["doc_count"]) for bucket in aggregation["values"]["buckets"]]
        )
        for name, aggregation in response.get("aggregations", {}).items()
    }
    total = response["hits"]["total"]
    return SearchResults(
        total=_total(total),
        hits=hits,
        facets=facets,
        suggestion=(
            _suggestion(response, params.q) if params.q and _total(total) < FEW_RESULTS else ""
        ),
    )


def autocomplete(prefix: str, *, language: str, hidden: list[int], size: int = 8) -> list[dict]:
    search = without_pages(
        Search(index=alias_name(language))
        .query(Q("multi_match", query=prefix, type="bool_prefix", fields=AUTOCOMPLETE_FIELDS))
        .source(["title", "url", "kind"]),
        hidden,
    )
    body = search[:size].to_dict()
    response = engine.call("search", index=alias_name(language), body=body)
    return [
        {
            "title": hit["_source"]["title"],
            "url": hit["_source"]["url"],
            "kind": hit["_source"]["kind"],
        }
        for hit in response["hits"]["hits"]
    ]
