from django.utils import timezone

from pages.locks import ExclusiveCommand
from pages.registrations import purge_ended, retention_days


class Command(ExclusiveCommand):
    help = (
        "Delete the names, addresses and notes of registrations for events that ended more "
        "than SIEC_EVENT_REGISTRATION_RETENTION_DAYS ago (run daily); an anonymous row stays "
        "for the counts and the consent record."
    )

    def handle(self, *args, **options):
        days = retention_days()
        purged = purge_ended(now=timezone.now(), days=days)
        self.stdout.write(f"Purged the personal data of {purged} event registrations.")
