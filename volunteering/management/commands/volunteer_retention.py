from django.db import transaction
from django.utils import timezone

from pages.locks import ExclusiveCommand
from volunteering.services import delete_unconfirmed, erase_inactive, warn_inactive


class Command(ExclusiveCommand):
    help = (
        "Volunteer data retention (run daily): delete registrations unconfirmed for 48 hours, "
        "warn volunteers inactive for 24 months, erase those warned 30 days ago."
    )

    def handle(self, *args, **options):
        now = timezone.now()
        with transaction.atomic():
            deleted = delete_unconfirmed(now=now)
            erased = erase_inactive(now=now)
            warned = warn_inactive(now=now)
        self.stdout.write(
            f"Deleted {deleted} unconfirmed registrations, erased {erased} inactive volunteers, "
            f"warned {warned}."
        )
