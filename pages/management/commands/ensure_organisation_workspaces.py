from django.core.management.base import BaseCommand

from pages.workspaces import ensure_all_workspaces


class Command(BaseCommand):
    help = "Create or repair every organisation's editors group, permissions and collection."

    def handle(self, *args, **options):
        count = ensure_all_workspaces()
        self.stdout.write(self.style.SUCCESS(f"{count} organisation pages checked."))
