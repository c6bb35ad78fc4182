from django.core.management.base import BaseCommand

from pages.demo.accounts import ensure_admin


class Command(BaseCommand):
    help = (
        "Create the administrator account if missing. Credentials come from ADMIN_USERNAME, "
        "ADMIN_EMAIL and ADMIN_PASSWORD, or a password is generated and printed."
    )

    def handle(self, *args, **options):
        username, password = ensure_admin()
        self.stdout.write(self.style.SUCCESS(f"Administrator: {username} / {password}"))
