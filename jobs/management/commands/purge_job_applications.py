from django.core.management.base import BaseCommand
from django.utils import timezone

from jobs.services import purge_expired_applications


class Command(BaseCommand):
    help = "Delete job applications and CVs past their posting's retention period (run daily)."

    def handle(self, *args, **options):
        deleted = purge_expired_applications(now=timezone.now())
        self.stdout.write(f"Deleted {deleted} expired applications.")
