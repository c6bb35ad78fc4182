from django.utils import timezone

from pages.locks import ExclusiveCommand
from pages.registration_reminders import queue_reminders


class Command(ExclusiveCommand):
    help = (
        "Queue the event reminders that are due (run every 15 minutes): by default 48 hours "
        "before each event (SIEC_EVENT_REMINDER_HOURS), each sent once with the event's .ics."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"Queued {queue_reminders(now=timezone.now())} event reminders.")
