from django.core.management.base import BaseCommand
from django.db import transaction

from search import engine, fallback, indexing, percolation
from search.mapping import LANGUAGES
from search.models import NetworkEntry, SavedSearch


class Command(BaseCommand):
    help = (
        "Rebuilds the network search: the database entries, then (with an engine) a new "
        "versioned index per language that replaces the old one in one alias switch, so "
        "searches keep answering during the rebuild."
    )

    def add_arguments(self, parser):
        parser.add_argument("--language", choices=LANGUAGES, action="append")
        parser.add_argument(
            "--database-only", action="store_true", help="rebuild only the database entries"
        )

    def handle(self, *args, language=None, database_only=False, **options):
        languages = language or list(LANGUAGES)
        documents = {code: list(indexing.all_documents(code)) for code in languages}
        with transaction.atomic():
            NetworkEntry.objects.filter(language__in=languages).delete()
            for code in languages:
                for document in documents[code]:
                    fallback.store(document)
        self.stdout.write(f"database: {sum(map(len, documents.values()))} entries")
        if database_only or not engine.is_configured():
            return
        for code in languages:
            report = indexing.rebuild(code, documents[code])
            self.stdout.write(
                f"{code}: {report['documents']} documents into {report['index']} "
                f"in {report['seconds']} s"
            )
            searches = SavedSearch.objects.filter(language=code, confirmed_at__isnull=False)
            stored = percolation.rebuild(code, searches.iterator(chunk_size=2000))
            self.stdout.write(f"{code}: {stored} saved searches into the percolator index")
