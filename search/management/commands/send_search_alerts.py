from django.utils import timezone

from pages.locks import ExclusiveCommand
from search import alert_services


class Command(ExclusiveCommand):
    help = (
        "Sends the saved-search alerts that are due: daily digests, and instant alerts whose "
        "e-mail failed before. Deletes saved searches left unconfirmed for 48 hours. Run hourly."
    )

    def handle(self, *args, **options):
        now = timezone.now()
        sent = alert_services.send_due(now=now)
        purged = alert_services.purge_unconfirmed(now=now)
        self.stdout.write(f"{sent} alert e-mails sent; {purged} unconfirmed saved searches deleted")
