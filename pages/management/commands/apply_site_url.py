from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Site

from pages.site_url import apply_site_url


class Command(BaseCommand):
    help = (
        "Give the default Wagtail Site the hostname and port of SITE_URL (or of the address "
        "given), the one source of every absolute link. Run it after migrate on every release."
    )

    def add_arguments(self, parser):
        parser.add_argument("url", nargs="?", help="defaults to the SITE_URL setting")

    def handle(self, *args, url=None, **options):
        url = url or settings.SITE_URL
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError("There is no default Site yet: run manage.py migrate first.")
        try:
            site = apply_site_url(url=url, site=site)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        self.stdout.write(self.style.SUCCESS(f"Default site: {site.root_url}/"))
