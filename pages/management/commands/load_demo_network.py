from django.core.management.base import BaseCommand

from pages.demo.accounts import ensure_account, stored_links
from pages.demo.loader import load_demo_network
from pages.models import OrganisationWorkspace


class Command(BaseCommand):
    help = "Create the demo network (organisations, programmes, events) in Polish and English."

    def add_arguments(self, parser):
        parser.add_argument(
            "--with-editors",
            action="store_true",
            help="Also create one demo editor account per organisation and print its password.",
        )

    def handle(self, *args, with_editors=False, **options):
        result = load_demo_network()
        self.stdout.write(self.style.SUCCESS("Demo network ready."))
        # Links the plugins' demo content keeps (the certificate's verification page, say).
        for key, url in stored_links().items():
            self.stdout.write(f"  {key}: {url}")
        if with_editors:
            for key, organisation in result["organisations"].items():
                workspace = OrganisationWorkspace.objects.get(
                    translation_key=organisation.translation_key
                )
                username, password = ensure_account(
                    username=f"redakcja-{key}",
                    email=f"redakcja-{key}@siec.localhost",
                    groups=[workspace.group],
                )
                self.stdout.write(f"  editor of {organisation.title}: {username} / {password}")
