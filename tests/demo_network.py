"""The demo network for tests that only need it in place: `load_demo_network` takes 10–20 s on
the CI machine, and some thirty tests used to run it again, each on its own emptied database.
The first call in a session runs the real command and copies every table (PostgreSQL COPY) and
the media files; each later call empties the tables and copies the rows back, well under a
second, leaving the rows and ids the command left.

A copy is kept per day and per situation the command's result depends on: inside the test's
transaction or not (on_commit hooks run, or not), the on_commit hooks run on request, and the
settings the loader and the indexing signals read. A test that changes other settings the
demo depends on, and the tests of the loader itself, call the command."""

from io import BytesIO
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from django.test import TestCase
from django.utils import timezone

_copies: dict = {}


def load_demo_network(*, run_on_commit: bool = False) -> None:
    """The demo network in the test's database, as `manage.py load_demo_network` leaves it;
    `run_on_commit` runs the hooks it leaves for the commit of a test's transaction."""
    key = (
        # The loader moves the demo's events relative to the day it runs (pages/demo/dates.py).
        timezone.localdate(),
        connection.in_atomic_block,
        run_on_commit,
        settings.SITE_URL,
        settings.SEARCH_URL,
    )
    if connection.vendor != "postgresql":
        _run_command(run_on_commit)
    elif key in _copies:
        rows, media = _copies[key]
        _restore_tables(rows)
        _restore_media(media)
    else:
        _run_command(run_on_commit)
        _copies[key] = (table_rows(), _media_files())


def forget() -> None:
    """The next call runs the command again."""
    _copies.clear()


def table_rows() -> dict[str, bytes]:
    """Every table's rows as COPY writes them."""
    rows = {}
    with connection.cursor() as cursor:
        for table in _tables():
            buffer = BytesIO()
            with cursor.copy(f"COPY {connection.ops.quote_name(table)} TO STDOUT") as copy:
                for chunk in copy:
                    buffer.write(chunk)
            rows[table] = buffer.getvalue()
    return rows


def _run_command(run_on_commit: bool) -> None:
    if run_on_commit:
        with TestCase.captureOnCommitCallbacks(execute=True):
            call_command("load_demo_network", verbosity=0)
    else:
        call_command("load_demo_network", verbosity=0)


def _tables() -> list[str]:
    # The tables `flush` empties between transactional tests: every model's, no migrations.
    return sorted(connection.introspection.django_table_names(True, include_views=False))


def _restore_tables(rows: dict[str, bytes]) -> None:
    quote = connection.ops.quote_name
    with transaction.atomic(), connection.cursor() as cursor:
        # Rows a fixture already wrote in this transaction have foreign-key checks pending,
        # which TRUNCATE refuses; run them first.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute(f"TRUNCATE {', '.join(quote(table) for table in rows)} CASCADE")
        # The foreign keys wait for the end, so the tables load in any order.
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        for table, data in rows.items():
            with cursor.copy(f"COPY {quote(table)} FROM STDIN") as copy:
                copy.write(data)
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        # A sequence never goes back below a restored id, nor below an id it already gave.
        for table in rows:
            for sequence in connection.introspection.get_sequences(cursor, table):
                # Names from the database's own catalogue, quoted: no input reaches this.
                highest = (
                    f"SELECT COALESCE(MAX({quote(sequence['column'])}), 1) FROM {quote(table)}"  # noqa: S608
                )
                cursor.execute(
                    "SELECT setval(%s, GREATEST(COALESCE(pg_sequence_last_value(%s::regclass), 1),"
                    f" ({highest})))",
                    [sequence["name"], sequence["name"]],
                )
    # The content types came back with the ids of the first load, not those post_migrate gave
    # this test's; nothing cached in this process may point at the others.
    ContentType.objects.clear_cache()
    cache.clear()


def _media_files() -> dict[Path, bytes]:
    # The organisations' logos: a test that deletes an image takes its file with it, while
    # the restored rows still name it.
    root = Path(settings.MEDIA_ROOT)
    return {path: path.read_bytes() for path in root.rglob("*") if path.is_file()}


def _restore_media(media: dict[Path, bytes]) -> None:
    for path, content in media.items():
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
