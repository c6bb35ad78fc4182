"""Create a draft organisation from a saved KRS extract (the open api-krs service's JSON):
`manage.py import_krs odpis.json`. Works offline: fetching the file is up to the operator
(`curl 'https://api-krs.ms.gov.pl/api/krs/OdpisAktualny/<KRS>?rejestr=S&format=json'`)."""

import json

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from pages.joining.services import network_organisation_index
from pages.joining.verification import DuplicateOrganisation, create_from_krs
from pages.krs_import import NotAnExtract, parse_extract


class Command(BaseCommand):
    help = "Create a draft organisation page from a saved KRS extract (JSON)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="a saved OdpisAktualny response")
        parser.add_argument("--mission", default="", help="the page's mission line")

    def handle(self, *args, file, mission, **options):
        try:
            with open(file, encoding="utf-8") as handle:
                record = parse_extract(json.load(handle))
        except (OSError, ValueError) as error:
            # NotAnExtract and json's JSONDecodeError are ValueErrors.
            kind = "not a KRS extract" if isinstance(error, NotAnExtract) else "unreadable"
            raise CommandError(f"{file}: {kind} ({error})") from error
        parent = network_organisation_index()
        if parent is None:
            raise CommandError("There is no organisation index to put the organisation under.")
        try:
            page = create_from_krs(
                record=record, parent=parent, mission=mission, now=timezone.now()
            )
        except DuplicateOrganisation as duplicate:
            title = duplicate.organisation.title
            raise CommandError(
                f"An organisation with this KRS or NIP exists: {title}"
            ) from duplicate
        self.stdout.write(f"Created the draft “{page.title}” (page {page.pk}).")
