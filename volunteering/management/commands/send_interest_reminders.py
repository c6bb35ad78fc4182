from django.utils import timezone

from pages.locks import ExclusiveCommand
from volunteering.reminders import send_interest_reminders


class Command(ExclusiveCommand):
    help = (
        "Nobody left waiting (run hourly): remind the coordinator of an interest unanswered "
        "for SIEC_INTEREST_ANSWER_DAYS days; after twice as many, tell the network's "
        "coordinators and send the volunteer other offers that match them. Each step once."
    )

    def handle(self, *args, **options):
        reminded, escalated = send_interest_reminders(now=timezone.now())
        self.stdout.write(
            f"Reminded coordinators of {reminded} interests, passed {escalated} to the network."
        )
