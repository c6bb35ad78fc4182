import datetime

from django.utils import timezone

from django_tasks import task

from search import alert_services, engine
from search.models import AlertFrequency
from search.queries import params_from
from search.services import deliver, retry_delay


@task()
def sync_page(page_id: int, attempt: int = 0) -> str:
    def enqueue_retry(*, run_after, attempt):
        sync_page.using(run_after=run_after).enqueue(page_id, attempt)

    return deliver(
        page_id=page_id,
        attempt=attempt,
        now=timezone.now(),
        enqueue_retry=enqueue_retry,
        enqueue_send=send_search_alerts.enqueue,
    )


@task()
def sync_saved_search(saved_search_id: int, attempt: int = 0) -> str:
    try:
        return alert_services.sync_saved_search(saved_search_id)
    except engine.EngineUnavailable:
        run_after = timezone.now() + retry_delay(attempt)
        sync_saved_search.using(run_after=run_after).enqueue(saved_search_id, attempt + 1)
        return f"engine unavailable; queued again for {run_after.isoformat()}"


@task()
def subscribe(email: str, language: str, criteria: dict, frequency: str, submitted_at: str) -> str:
    """The saved-search form as the view checked it (`criteria`: queries.criteria_of)."""
    return alert_services.subscribe(
        email=email,
        language=language,
        params=params_from(criteria, language=language),
        frequency=frequency,
        now=datetime.datetime.fromisoformat(submitted_at),
    )


@task()
def send_search_alerts() -> str:
    sent = alert_services.send_due(now=timezone.now(), frequency=AlertFrequency.INSTANT)
    return f"{sent} alert e-mails sent"
