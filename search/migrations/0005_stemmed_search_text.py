"""The fallback's Polish stems (search_stemmed) join its full-text index: PostgreSQL's stored
tsvector is rebuilt over both text columns, SQLite's FTS5 table gets a second column (and its
triggers are written again: adding a column makes Django rebuild the SQLite table, which drops
them). Existing entries get their stems from `manage.py search_reindex`; until then they are
found by their words, as before."""

from django.db import migrations, models

TABLE = "network_search_networkentry"

POSTGRESQL_DROP = [
    "DROP INDEX IF EXISTS network_search_entry_vector",
    f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS search_vector",
]


def _postgresql_vector(expression: str) -> list[str]:
    return [
        f"ALTER TABLE {TABLE} ADD COLUMN search_vector tsvector "
        f"GENERATED ALWAYS AS (to_tsvector('simple', {expression})) STORED",
        f"CREATE INDEX network_search_entry_vector ON {TABLE} USING gin (search_vector)",
    ]


SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS network_search_fts_update",
    "DROP TRIGGER IF EXISTS network_search_fts_delete",
    "DROP TRIGGER IF EXISTS network_search_fts_insert",
    "DROP TABLE IF EXISTS network_search_fts",
]


def _sqlite_fts(columns: list[str]) -> list[str]:
    listed = ", ".join(columns)
    new = ", ".join(f"new.{column}" for column in columns)
    old = ", ".join(f"old.{column}" for column in columns)
    return [
        f"CREATE VIRTUAL TABLE network_search_fts USING fts5({listed}, content='{TABLE}', "
        "content_rowid='id', tokenize='unicode61')",
        f"CREATE TRIGGER network_search_fts_insert AFTER INSERT ON {TABLE} BEGIN "
        f"INSERT INTO network_search_fts(rowid, {listed}) VALUES (new.id, {new}); END",
        f"CREATE TRIGGER network_search_fts_delete AFTER DELETE ON {TABLE} BEGIN "
        f"INSERT INTO network_search_fts(network_search_fts, rowid, {listed}) "
        f"VALUES ('delete', old.id, {old}); END",
        f"CREATE TRIGGER network_search_fts_update AFTER UPDATE ON {TABLE} BEGIN "
        f"INSERT INTO network_search_fts(network_search_fts, rowid, {listed}) "
        f"VALUES ('delete', old.id, {old}); "
        f"INSERT INTO network_search_fts(rowid, {listed}) VALUES (new.id, {new}); END",
        "INSERT INTO network_search_fts(network_search_fts) VALUES ('rebuild')",
    ]


# What this migration leaves, and what 0002/0004 left (to go back to).
STEMMED = {
    "postgresql": POSTGRESQL_DROP
    + _postgresql_vector("search_text || ' ' || search_stemmed"),
    "sqlite": SQLITE_DROP + _sqlite_fts(["search_text", "search_stemmed"]),
}
WORDS_ONLY = {
    "postgresql": POSTGRESQL_DROP + _postgresql_vector("search_text"),
    "sqlite": SQLITE_DROP + _sqlite_fts(["search_text"]),
}
DROP = {"postgresql": POSTGRESQL_DROP, "sqlite": SQLITE_DROP}


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("network_search", "0004_stored_search_vector")]

    # The index goes first and comes back last, so that rebuilding the SQLite table (either
    # way) never runs with triggers that name a column it does not have yet.
    operations = [
        migrations.RunPython(_run(DROP), _run(WORDS_ONLY)),
        migrations.AddField(
            model_name="networkentry",
            name="search_stemmed",
            field=models.TextField(blank=True),
        ),
        migrations.RunPython(_run(STEMMED), _run(DROP)),
    ]
