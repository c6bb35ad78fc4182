"""Text compared without case or diacritics, in Python and in the database, so a keyword box
finds "Księgowa" for "ksiegowa" or "KSIĘGOWA" on PostgreSQL and on SQLite alike.

PostgreSQL folds with its `unaccent` extension (created by migration pages 0013); SQLite has
no such function, so every SQLite connection gets one under the same name, backed by `fold`
(registered in PagesConfig.ready()). The query side folds its words with `fold`, so both sides
meet in lower case without diacritics."""

from django.db.models import Func, Q, TextField
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

import django_filters

from pages.geo import fold

__all__ = ["Unaccent", "fold", "folded", "keyword_filter", "register_sqlite_unaccent"]


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


KEYWORD_MAX_LENGTH = 100
# More words than this are not a listing's keywords; each one is another condition.
KEYWORD_MAX_WORDS = 8


def keyword_filter(*fields: str):
    """A keyword box ("księgowa kraków"): every word must appear, in any of `fields`, without
    regard to case or diacritics ("ksiegowa" and "KSIĘGOWA" find "Księgowa").
    The job and volunteer boards put it above their results."""

    def filter_keywords(queryset, name, value):
        words = [fold(word) for word in value.split()[:KEYWORD_MAX_WORDS]]
        # Each field is folded once per row, under an alias every word's condition reads.
        aliases = {f"keyword_{number}": folded(field) for number, field in enumerate(fields)}
        queryset = queryset.alias(**aliases)
        for word in filter(None, words):
            condition = Q()
            for alias in aliases:
                condition |= Q(**{f"{alias}__contains": word})
            queryset = queryset.filter(condition)
        return queryset

    return django_filters.CharFilter(
        label=_("Keywords"),
        max_length=KEYWORD_MAX_LENGTH,
        method=filter_keywords,
    )
