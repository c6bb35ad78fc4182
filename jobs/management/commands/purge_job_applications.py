from django.utils import timezone

from jobs.deadlines import purge_expired_applications, purge_orphan_cvs
from pages.locks import ExclusiveCommand


class Command(ExclusiveCommand):
    help = (
        "Delete job applications and CVs past their posting's retention period, and CV files "
        "no application refers to (run daily)."
    )

    def handle(self, *args, **options):
        now = timezone.now()
        deleted = purge_expired_applications(now=now)
        orphans = purge_orphan_cvs(now=now)
        self.stdout.write(f"Deleted {deleted} expired applications and {orphans} orphaned CVs.")
