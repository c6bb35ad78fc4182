import datetime

from django.utils import timezone

from pages.locks import ExclusiveCommand
from pages.tasks import requeue_stalled


class Command(ExclusiveCommand):
    help = (
        "Put tasks that a dead worker left running back in the queue. Run it before starting "
        "the workers and every few minutes from cron (docs/operations.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--minutes",
            type=int,
            default=15,
            help="A task running longer than this is taken for stalled (default 15).",
        )

    def handle(self, *, minutes, verbosity, **options):
        count = requeue_stalled(
            now=timezone.now(), stalled_after=datetime.timedelta(minutes=minutes)
        )
        if verbosity:
            self.stdout.write(f"{count} stalled task(s) queued again.")
