from django.conf import settings
from django.core.management import call_command

from pages.locks import ExclusiveCommand


class Command(ExclusiveCommand):
    help = (
        "Delete finished task rows (successful or failed) older than "
        "TASK_RESULT_RETENTION_DAYS, on every queue. Run it daily (docs/operations.md)."
    )

    def handle(self, *, verbosity, **options):
        # django-tasks' own pruning, with the period from the settings.
        call_command(
            "prune_db_task_results",
            queue_name="*",
            min_age_days=settings.TASK_RESULT_RETENTION_DAYS,
            verbosity=verbosity,
            stdout=self.stdout,
        )
