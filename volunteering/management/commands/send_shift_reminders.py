from django.utils import timezone

from pages.locks import ExclusiveCommand
from volunteering.shift_reminders import queue_reminders


class Command(ExclusiveCommand):
    help = (
        "Queue the shift reminders that are due (run every 15 minutes): by default 48 and 2 "
        "hours before each shift (SIEC_SHIFT_REMINDER_HOURS), each sent once."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"Queued {queue_reminders(now=timezone.now())} shift reminders.")
