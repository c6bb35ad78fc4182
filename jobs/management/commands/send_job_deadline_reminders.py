from django.core.management.base import BaseCommand
from django.utils import timezone

from jobs.services import send_deadline_reminders


class Command(BaseCommand):
    help = "E-mail editors about postings that close within three days (run hourly or daily)."

    def handle(self, *args, **options):
        sent = send_deadline_reminders(now=timezone.now())
        self.stdout.write(f"Sent {sent} deadline reminders.")
