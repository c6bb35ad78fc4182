"""Full-text indexes for the database fallback: each database's own, created only where it
runs (PostgreSQL: GIN over a 'simple' tsvector; SQLite: an FTS5 table kept by triggers)."""

from django.db import migrations

TABLE = "network_search_networkentry"

POSTGRESQL = [
    f"CREATE INDEX network_search_entry_fts ON {TABLE} "
    "USING gin (to_tsvector('simple', search_text))",
]
POSTGRESQL_REVERSE = ["DROP INDEX IF EXISTS network_search_entry_fts"]

SQLITE = [
    "CREATE VIRTUAL TABLE network_search_fts USING fts5("
    f"search_text, content='{TABLE}', content_rowid='id', tokenize='unicode61')",
    f"CREATE TRIGGER network_search_fts_insert AFTER INSERT ON {TABLE} BEGIN "
    "INSERT INTO network_search_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    f"CREATE TRIGGER network_search_fts_delete AFTER DELETE ON {TABLE} BEGIN "
    "INSERT INTO network_search_fts(network_search_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    f"CREATE TRIGGER network_search_fts_update AFTER UPDATE ON {TABLE} BEGIN "
    "INSERT INTO network_search_fts(network_search_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO network_search_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS network_search_fts_update",
    "DROP TRIGGER IF EXISTS network_search_fts_delete",
    "DROP TRIGGER IF EXISTS network_search_fts_insert",
    "DROP TABLE IF EXISTS network_search_fts",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("network_search", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"postgresql": POSTGRESQL, "sqlite": SQLITE}),
            _run({"postgresql": POSTGRESQL_REVERSE, "sqlite": SQLITE_REVERSE}),
        )
    ]
