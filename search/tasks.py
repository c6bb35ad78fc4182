from django.utils import timezone

from django_tasks import task

from search import alert_services, engine
from search.models import AlertFrequency
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
def send_subscription_mail(saved_search_id: int | None, email: str, language: str) -> str:
    return alert_services.subscription_mail(
        saved_search_id=saved_search_id, email=email, language=language
    )


@task()
def send_search_alerts() -> str:
    sent = alert_services.send_due(now=timezone.now(), frequency=AlertFrequency.INSTANT)
    return f"{sent} alert e-mails sent"
