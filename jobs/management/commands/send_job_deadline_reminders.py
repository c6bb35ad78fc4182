from django.utils import timezone

from jobs.deadlines import send_deadline_reminders
from pages.locks import ExclusiveCommand


class Command(ExclusiveCommand):
    help = "E-mail editors about postings that close within three days (run hourly or daily)."

    def handle(self, *args, **options):
        sent = send_deadline_reminders(now=timezone.now())
        self.stdout.write(f"Sent {sent} deadline reminders.")
