from django.core.management.base import BaseCommand
from django.utils import timezone

from jobs.alerts import send_digests


class Command(BaseCommand):
    help = (
        "E-mail each editor who chose a daily digest the applications that arrived since "
        "their last one. Safe to run hourly: an editor gets at most one digest in 23 hours."
    )

    def handle(self, *args, **options):
        sent = send_digests(now=timezone.now())
        if options["verbosity"]:
            self.stdout.write(f"{sent} digest(s) sent.")
