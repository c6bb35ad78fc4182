from django.utils import timezone

from jobs.deadlines import purge_orphan_cvs
from pages.locks import ExclusiveCommand


class Command(ExclusiveCommand):
    help = "Delete CV files that no job application refers to any more (run daily)."

    def handle(self, *args, **options):
        deleted = purge_orphan_cvs(now=timezone.now())
        self.stdout.write(f"Deleted {deleted} orphaned CV files.")
