from django.utils import timezone

from jobs.services import purge_expired_applications
from pages.locks import ExclusiveCommand


class Command(ExclusiveCommand):
    help = "Delete job applications and CVs past their posting's retention period (run daily)."

    def handle(self, *args, **options):
        deleted = purge_expired_applications(now=timezone.now())
        self.stdout.write(f"Deleted {deleted} expired applications.")
