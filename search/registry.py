"""What each app contributes to the network search.

An app registers its page types from its `AppConfig.ready()`:

    from search.registry import SearchAdapter, register
    register(JobPostingPage, JobPostingAdapter())

`search/` imports no other app of the project: it only knows the adapters handed to it, so
removing an app from INSTALLED_APPS removes its kind from the search and nothing else.
"""

import datetime
from dataclasses import asdict, dataclass, field

from django.db.models import QuerySet

from wagtail.models import Page


@dataclass
class NetworkDocument:
    """One searchable thing in the network, in the language of its page."""

    page_id: int
    kind: str
    language: str
    title: str
    url: str
    summary: str = ""
    body: str = ""
    organisation: str = ""
    tags: list[str] = field(default_factory=list)
    city: str = ""
    latitude: float | None = None
    longitude: float | None = None
    remote: bool = False
    start_date: datetime.date | None = None
    end_date: datetime.date | None = None
    deadline_date: datetime.date | None = None
    salary_min: float | None = None
    salary_max: float | None = None
    employment_type: str = ""
    published_at: datetime.datetime | None = None

    def as_source(self) -> dict:
        source = asdict(self)
        latitude, longitude = source.pop("latitude"), source.pop("longitude")
        source["location"] = (
            {"lat": latitude, "lon": longitude} if latitude is not None and longitude else None
        )
        source["title_suggest"] = self.title
        for name in ("start_date", "end_date", "deadline_date", "published_at"):
            if source[name] is not None:
                source[name] = source[name].isoformat()
        return source


class SearchAdapter:
    """Turns live pages of one type into network documents.

    `kind` names the facet value; `label` is what people read; `queryset()` lists the pages
    that belong in the index right now (live, public, open), so a full rebuild and a single
    page's update share one definition through `is_searchable()`."""

    kind: str = ""
    label = ""
    # True when descendants' documents show something of this page (an organisation's name).
    describes_descendants = False
    # True when visitors can save a search of this kind and be e-mailed what newly matches.
    alerts = False
    # The `employment_type` values its documents carry, with their labels: the search accepts
    # these and no others.
    employment_types: dict[str, str] = {}

    def queryset(self) -> QuerySet:
        raise NotImplementedError

    def is_searchable(self, page: Page) -> bool:
        return self.queryset().filter(pk=page.pk).exists()

    def document(self, page: Page) -> NetworkDocument:
        raise NotImplementedError


_adapters: dict[type, SearchAdapter] = {}


def register(model: type, adapter: SearchAdapter) -> None:
    if not adapter.kind:
        raise ValueError(f"{type(adapter).__name__} needs a kind")
    _adapters[model] = adapter


def adapters() -> dict[type, SearchAdapter]:
    return dict(_adapters)


def adapter_for(page: Page) -> SearchAdapter | None:
    """The adapter of the page's own type, for a specific page or a plain `Page` row alike
    (`specific_class` comes from the cached content type, with no query)."""
    return _adapters.get(page.specific_class)


def kinds() -> dict[str, str]:
    return {adapter.kind: adapter.label for adapter in _adapters.values()}


def employment_types() -> dict[str, str]:
    found: dict[str, str] = {}
    for adapter in _adapters.values():
        found.update(adapter.employment_types)
    return found


def alert_kinds() -> dict[str, str]:
    return {adapter.kind: adapter.label for adapter in _adapters.values() if adapter.alerts}


def stream_text(value) -> str:
    """The searchable text of a StreamField value, as Wagtail's own search extracts it."""
    if not value:
        return ""
    return " ".join(str(part) for part in value.stream_block.get_searchable_content(value))


def base_document(page: Page, *, kind: str, **fields) -> NetworkDocument:
    organisation = fields.pop("organisation", None)
    if organisation is None and hasattr(page, "get_organisation"):
        found = page.get_organisation()
        organisation = found.title if found else ""
    return NetworkDocument(
        page_id=page.pk,
        kind=kind,
        language=page.locale.language_code,
        title=page.title,
        url=page.get_url() or page.url_path,
        organisation=organisation or "",
        published_at=page.last_published_at or page.first_published_at,
        **fields,
    )


def coordinates(page) -> dict:
    latitude, longitude = getattr(page, "latitude", None), getattr(page, "longitude", None)
    if latitude is None or longitude is None:
        return {}
    return {"latitude": float(latitude), "longitude": float(longitude)}
