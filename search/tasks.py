from django.utils import timezone

from django_tasks import task

from search.services import deliver


@task()
def sync_page(page_id: int, attempt: int = 0) -> str:
    def enqueue_retry(*, run_after, attempt):
        sync_page.using(run_after=run_after).enqueue(page_id, attempt)

    return deliver(
        page_id=page_id, attempt=attempt, now=timezone.now(), enqueue_retry=enqueue_retry
    )
