from django.core.management.base import BaseCommand
from django.utils import timezone

from jobs.services import purge_orphan_cvs


class Command(BaseCommand):
    help = "Delete CV files that no job application refers to any more (run daily)."

    def handle(self, *args, **options):
        deleted = purge_orphan_cvs(now=timezone.now())
        self.stdout.write(f"Deleted {deleted} orphaned CV files.")
