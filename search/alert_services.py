"""Saved searches and their alerts: subscribing (double opt-in), matching newly published
pages, sending each match once, and forgetting what is no longer wanted. Every rule about
time takes `now` (see search.alerts)."""

import datetime
import logging
import secrets
import smtplib
from collections.abc import Callable

from django.db import transaction

from wagtail.models import Page

from pages.schedule import local_date
from pages.tasks import error_kind
from search import alert_mail, alerts, engine, percolation
from search.models import AlertMatch, SavedSearch
from search.queries import SearchParams, criteria_of, params_from
from search.registry import NetworkDocument, adapter_for, alert_kinds

logger = logging.getLogger(__name__)


def criteria_with_kinds(params: SearchParams) -> dict:
    """What a saved search keeps; a search for no kind in particular means every kind that
    has alerts (job and volunteer offers, not programmes or conferences)."""
    criteria = criteria_of(params)
    if not criteria["kinds"]:
        criteria["kinds"] = sorted(alert_kinds())
    return criteria


def subscribe(
    *, email: str, language: str, params: SearchParams, frequency: str, now: datetime.datetime
) -> str:
    """Saves the search unconfirmed and e-mails a confirmation link; run by the worker
    (search.tasks.subscribe), so the form answers every address the same, in the same time,
    and nobody learns which addresses have alerts. A search saved already is not saved
    twice: its confirmation is sent again while it is unconfirmed, nothing once it is."""
    criteria = criteria_with_kinds(params)
    # At most MAX_SEARCHES_PER_ADDRESS rows: read once, for the duplicate and for the limit.
    mine = list(SavedSearch.objects.filter(email__iexact=email))
    existing = [
        saved for saved in mine if saved.language == language and saved.criteria == criteria
    ]
    if existing:
        if existing[0].confirmed_at is not None:
            return "saved and confirmed already"
        alert_mail.send_confirmation(existing[0])
        return "confirmation sent again"
    if len(mine) >= alerts.MAX_SEARCHES_PER_ADDRESS:
        alert_mail.send_limit_reached(email, language)
        return "limit reached; told the address"
    saved = SavedSearch.objects.create(
        email=email,
        language=language,
        criteria=criteria,
        frequency=frequency,
        token=secrets.token_urlsafe(32),
        created_at=now,
    )
    alert_mail.send_confirmation(saved)
    return "saved; confirmation sent"


def _sync_saved_search_later(saved_search_id: int) -> None:
    from search.tasks import sync_saved_search

    sync_saved_search.enqueue(saved_search_id)


def confirm(*, saved: SavedSearch, now: datetime.datetime) -> SavedSearch:
    if saved.confirmed_at is None:
        saved.confirmed_at = now
        saved.save(update_fields=["confirmed_at"])
        _sync_saved_search_later(saved.pk)
    return saved


def unsubscribe(*, saved: SavedSearch) -> None:
    saved_search_id = saved.pk
    saved.delete()
    _sync_saved_search_later(saved_search_id)


def sync_saved_search(saved_search_id: int) -> str:
    """Makes the percolator index agree with the database about one saved search."""
    if not engine.is_configured():
        return "no engine: alerts are matched from the database"
    saved = SavedSearch.objects.filter(pk=saved_search_id, confirmed_at__isnull=False).first()
    if saved is None:
        percolation.forget(saved_search_id)
        return "removed"
    percolation.store(saved)
    return "stored"


def _from_database(document: NetworkDocument, candidates: list[SavedSearch]) -> set[int]:
    return {
        saved.pk
        for saved in candidates
        if alerts.matches(params_from(saved.criteria, language=saved.language), document)
    }


def record_matches(
    *,
    page: Page,
    document: NetworkDocument,
    now: datetime.datetime,
    enqueue_send: Callable[[], None],
) -> int:
    """Finds the saved searches a newly published page matches, records each pair once and
    asks for the instant alerts to go out. Raises EngineUnavailable when the engine should
    answer and does not (the caller retries later)."""
    adapter = adapter_for(page)
    if adapter is None or not adapter.alerts:
        return 0
    first_published_at = page.first_published_at
    eligible = SavedSearch.objects.filter(
        language=document.language, confirmed_at__lte=first_published_at or now
    )

    def wanted(confirmed_at) -> bool:
        return alerts.wants(confirmed_at=confirmed_at, first_published_at=first_published_at)

    if engine.is_configured():
        # The engine holds the searches' criteria; only their ids are read here.
        wanted_ids = {pk for pk, at in eligible.values_list("pk", "confirmed_at") if wanted(at)}
        if not wanted_ids:
            return 0
        matched = percolation.percolate([document]).get(document.page_id, set()) & wanted_ids
    else:
        candidates = [saved for saved in eligible if wanted(saved.confirmed_at)]
        if not candidates:
            return 0
        matched = _from_database(document, candidates)
    already = set(
        AlertMatch.objects.filter(page_id=page.pk, saved_search_id__in=matched).values_list(
            "saved_search_id", flat=True
        )
    )
    new = matched - already
    AlertMatch.objects.bulk_create(
        [AlertMatch(saved_search_id=pk, page_id=page.pk, matched_at=now) for pk in sorted(new)],
        ignore_conflicts=True,
    )
    if new:
        enqueue_send()
    return len(new)


def send_due(*, now: datetime.datetime, frequency: str | None = None) -> int:
    """Sends every saved search whose alert is due its pending matches, in one e-mail each;
    a match is marked sent in the same transaction, so a refused e-mail is tried again on
    the next run and a sent one never goes out twice. With `frequency`, only those alerts
    (the task after a publication sends the instant ones). Returns the e-mails sent."""
    pending = AlertMatch.objects.filter(notified_at__isnull=True)
    if frequency:
        pending = pending.filter(saved_search__frequency=frequency)
    due_ids = set(pending.values_list("saved_search_id", flat=True))
    sent = 0
    for saved_search_id in sorted(due_ids):
        try:
            sent += _send_one(saved_search_id, now=now)
        except (smtplib.SMTPException, OSError) as error:
            logger.warning(
                "alert e-mail for saved search %s not sent: %s", saved_search_id, error_kind(error)
            )
    return sent


def _send_one(saved_search_id: int, *, now: datetime.datetime) -> int:
    with transaction.atomic():
        saved = (
            SavedSearch.objects.select_for_update(skip_locked=True)
            .filter(pk=saved_search_id, confirmed_at__isnull=False)
            .first()
        )
        if saved is None or not alerts.digest_due(
            frequency=saved.frequency,
            last_sent_at=saved.last_sent_at,
            confirmed_at=saved.confirmed_at,
            now=now,
        ):
            return 0
        pending = list(saved.matches.filter(notified_at__isnull=True))
        entries = alert_mail.still_open_entries(
            [match.page_id for match in pending], today=local_date(now)
        )
        AlertMatch.objects.filter(pk__in=[match.pk for match in pending]).update(notified_at=now)
        if not entries:  # everything closed before it could be sent
            return 0
        alert_mail.send_alert(saved, entries)
        saved.last_sent_at = now
        saved.save(update_fields=["last_sent_at"])
        return 1


def purge_unconfirmed(*, now: datetime.datetime) -> int:
    expired = [
        saved.pk
        for saved in SavedSearch.objects.filter(confirmed_at__isnull=True)
        if alerts.unconfirmed_expired(
            created_at=saved.created_at, confirmed_at=saved.confirmed_at, now=now
        )
    ]
    SavedSearch.objects.filter(pk__in=expired).delete()
    return len(expired)
