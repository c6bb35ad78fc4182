"""Text compared without case or diacritics, in Python and in the database, so a keyword box
finds "Księgowa" for "ksiegowa" or "KSIĘGOWA" on PostgreSQL and on SQLite alike.

PostgreSQL folds with its `unaccent` extension (created by migration pages 0013); SQLite has
no such function, so every SQLite connection gets one under the same name, backed by `fold`
(registered in PagesConfig.ready()). The query side folds its words with `fold`, so both sides
meet in lower case without diacritics."""

from django.db.models import Func, TextField
from django.db.models.functions import Lower

from pages.geo import fold

__all__ = ["Unaccent", "fold", "folded", "register_sqlite_unaccent"]


class Unaccent(Func):
    function = "unaccent"
    output_field = TextField()


def folded(expression):
    """`expression` in lower case without diacritics. lower() comes after unaccent(): on a C
    locale PostgreSQL's lower(), and SQLite's always, lower only ASCII letters."""
    return Lower(Unaccent(expression))


def register_sqlite_unaccent(sender, connection, **kwargs) -> None:
    """`connection_created` handler: give a SQLite connection the `unaccent` PostgreSQL has."""
    if connection.vendor == "sqlite":
        connection.connection.create_function("unaccent", 1, _unaccent, deterministic=True)


def _unaccent(text: str | None) -> str | None:
    return None if text is None else fold(text)
