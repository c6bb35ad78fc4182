"""PostgreSQL: keep the fallback's tsvector in a stored generated column. Ranking the capped
candidates read `to_tsvector()` again from each row's text, which cost ~400 ms for a common
term (measured by benchmarks/search.py); the stored vector is read, not computed."""

from django.db import migrations

TABLE = "network_search_networkentry"

FORWARD = [
    "DROP INDEX IF EXISTS network_search_entry_fts",
    f"ALTER TABLE {TABLE} ADD COLUMN search_vector tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED",
    f"CREATE INDEX network_search_entry_vector ON {TABLE} USING gin (search_vector)",
]
REVERSE = [
    "DROP INDEX IF EXISTS network_search_entry_vector",
    f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS search_vector",
    f"CREATE INDEX network_search_entry_fts ON {TABLE} "
    "USING gin (to_tsvector('simple', search_text))",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("network_search", "0003_saved_searches")]

    operations = [migrations.RunPython(_run(FORWARD), _run(REVERSE))]
