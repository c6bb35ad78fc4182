"""The network index, defined with elasticsearch-dsl: one index per language behind an alias.

Polish text is stemmed with the core `hunspell` filter and Debian's Polish dictionary, then
folded to ASCII, so "księgową", "księgowa" and "Księgowy" meet; every text field also has a
`folded` sub-field (lower case, ASCII, no stemming) for what people type without diacritics,
and titles have a `search_as_you_type` sub-field for autocomplete. English uses the English
stemmer. `SEARCH_POLISH_STEMMING = False` builds the Polish index without the stemmer, which
the benchmark uses to measure what stemming is worth.
"""

from django.conf import settings

from elasticsearch_dsl import (
    Boolean,
    Date,
    Float,
    GeoPoint,
    Index,
    Integer,
    Keyword,
    Mapping,
    Percolator,
    SearchAsYouType,
    Text,
    analyzer,
    token_filter,
)

LANGUAGES = ("pl", "en")

polish_hunspell = token_filter("polish_hunspell", type="hunspell", locale="pl_PL", dedup=True)
english_stemmer = token_filter("english_stemmer", type="stemmer", language="english")
english_possessive = token_filter(
    "english_possessive", type="stemmer", language="possessive_english"
)

folded = analyzer("folded", tokenizer="standard", filter=["lowercase", "asciifolding"])


def text_analyzer(language: str):
    if language == "pl":
        stemming = [polish_hunspell] if getattr(settings, "SEARCH_POLISH_STEMMING", True) else []
        return analyzer(
            "polish_text", tokenizer="standard", filter=["lowercase", *stemming, "asciifolding"]
        )
    return analyzer(
        "english_text",
        tokenizer="standard",
        filter=[english_possessive, "lowercase", "stop", english_stemmer, "asciifolding"],
    )


def _text(language: str, **extra) -> Text:
    return Text(analyzer=text_analyzer(language), fields={"folded": Text(analyzer=folded)}, **extra)


def document_mapping(language: str) -> Mapping:
    mapping = Mapping()
    mapping.meta("dynamic", "strict")
    fields = {
        "page_id": Integer(),
        "kind": Keyword(),
        "language": Keyword(),
        "title": _text(language, copy_to="spelling"),
        "summary": _text(language, copy_to="spelling"),
        "body": _text(language),
        "spelling": Text(analyzer=folded),
        "title_suggest": SearchAsYouType(analyzer=folded),
        "organisation": Keyword(copy_to="organisation_text"),
        "organisation_text": _text(language),
        "tags": Keyword(copy_to="tags_text"),
        "tags_text": _text(language),
        "city": Keyword(),
        "location": GeoPoint(),
        "remote": Boolean(),
        "start_date": Date(),
        "end_date": Date(),
        "deadline_date": Date(),
        "salary_min": Float(),
        "salary_max": Float(),
        "employment_type": Keyword(),
        "url": Keyword(index=False),
        "published_at": Date(),
    }
    for name, field in fields.items():
        mapping.field(name, field)
    return mapping


def alias_name(language: str) -> str:
    return f"{settings.SEARCH_INDEX_PREFIX}network_{language}"


def alerts_alias(language: str) -> str:
    return f"{settings.SEARCH_INDEX_PREFIX}alerts_{language}"


def build_alert_index(name: str, language: str) -> Index:
    """The percolator index of saved searches: each document is one saved search's query,
    over the same fields and analysers as the network index, so a new page is matched by the
    very words and filters a search would use."""
    index = Index(name)
    index.settings(
        number_of_shards=settings.SEARCH_ALERT_SHARDS,
        number_of_replicas=settings.SEARCH_ALERT_REPLICAS,
        max_ngram_diff=2,
    )
    mapping = document_mapping(language)
    mapping.field("query", Percolator())
    mapping.field("saved_search_id", Integer())
    index.mapping(mapping)
    return index


def build_index(name: str, language: str, *, building: bool = False) -> Index:
    """A concrete, versioned index. While `building`, refreshing is off: a bulk load then
    writes segments once instead of every second."""
    index = Index(name)
    index.settings(
        number_of_shards=settings.SEARCH_SHARDS,
        number_of_replicas=settings.SEARCH_REPLICAS,
        refresh_interval="-1" if building else "1s",
        max_ngram_diff=2,
    )
    index.mapping(document_mapping(language))
    return index
