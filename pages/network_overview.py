"""What the network dashboard shows (pages.network_dashboard): every member organisation with
its standing (trusted or reviewed) and the figures the plugins register
(pages.registry.NetworkFigure: postings and offers by status, applications, interests,
unanswered interests), and the applications to join that wait for review.

A fixed number of queries, whatever the number of organisations or items: the organisations
in one query, each figure's rows in its own, counted here by the organisation whose subtree
holds each path."""

import dataclasses
import datetime
from collections import Counter

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, OuterRef, Q
from django.db.models.functions import Cast
from django.utils.translation import pgettext_lazy

from wagtail.models import Locale, Page, WorkflowState

from pages.models import (
    ApplicationStatus,
    MembershipApplication,
    OrganisationPage,
    OrganisationWorkspace,
)
from pages.registry import network_figures

# Under a context of their own: Wagtail's admin has its own "Live" and "Draft", which the
# project's catalogue would otherwise override.
PAGE_STATUS_COLUMNS = (
    ("live", pgettext_lazy("network dashboard", "Live")),
    ("review", pgettext_lazy("network dashboard", "Awaiting review")),
    ("draft", pgettext_lazy("network dashboard", "Draft")),
)


def page_status_rows(queryset):
    """(path, status) per page, for a plugin's figure of its pages: "review" while a workflow
    is in progress on it, else "live" or "draft". A page and its translations count once (the
    default language's, or the translation if there is none in it). One query."""
    default = Locale.get_default()
    in_default = queryset.filter(locale=default).values("translation_key")
    queryset = queryset.filter(Q(locale=default) | ~Q(translation_key__in=in_default))
    in_review = WorkflowState.objects.filter(
        status=WorkflowState.STATUS_IN_PROGRESS,
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id=Cast(OuterRef("pk"), output_field=CharField()),
    )
    rows = queryset.annotate(in_review=Exists(in_review)).values_list("path", "live", "in_review")
    for path, live, review in rows:
        yield path, "review" if review else ("live" if live else "draft")


@dataclasses.dataclass
class MemberRow:
    title: str
    page_pk: int
    live: bool
    trusted: bool
    counts: dict = dataclasses.field(default_factory=dict)  # figure key -> Counter

    def cells(self, figures) -> list[int]:
        return [
            self.counts.get(figure.key, Counter())[column]
            for figure in figures
            for column, _label in figure.columns
        ]


@dataclasses.dataclass
class NetworkOverview:
    members: list[MemberRow]
    figures: list
    totals: list[int]
    awaiting_review: list[MembershipApplication]

    @property
    def trusted_count(self) -> int:
        return sum(member.trusted for member in self.members)

    @property
    def reviewed_count(self) -> int:
        return len(self.members) - self.trusted_count


def _members() -> tuple[dict, dict]:
    """The rows by translation key, and every organisation page's path (each language's)
    with the translation key it belongs to."""
    default = Locale.get_default()
    trusted = dict(OrganisationWorkspace.objects.values_list("translation_key", "trusted_member"))
    rows, paths = {}, {}
    pages = OrganisationPage.objects.order_by("title").values_list(
        "pk", "title", "path", "translation_key", "locale_id", "live"
    )
    for pk, title, path, key, locale_id, live in pages:
        paths[path] = key
        if key not in rows or locale_id == default.pk:
            rows[key] = MemberRow(
                title=title, page_pk=pk, live=live, trusted=trusted.get(key, True)
            )
    return rows, paths


def network_overview(*, now: datetime.datetime) -> NetworkOverview:
    rows, paths = _members()
    prefix_lengths = sorted({len(path) for path in paths}, reverse=True)
    figures = network_figures()
    for figure in figures:
        for path, column in figure.rows(now=now):
            key = next((paths[path[:n]] for n in prefix_lengths if path[:n] in paths), None)
            if key in rows:
                rows[key].counts.setdefault(figure.key, Counter())[column] += 1
    members = sorted(rows.values(), key=lambda row: row.title.casefold())
    cells = [member.cells(figures) for member in members]
    totals = [sum(column) for column in zip(*cells, strict=True)] if cells else []
    awaiting = list(
        MembershipApplication.objects.filter(status=ApplicationStatus.PENDING).order_by(
            "confirmed_at"
        )
    )
    return NetworkOverview(
        members=members, figures=figures, totals=totals, awaiting_review=awaiting
    )
