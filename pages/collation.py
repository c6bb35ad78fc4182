"""Names in Polish alphabetical order (Ł after L, Ś after S), not in byte order.

PostgreSQL (production and the tests) sorts by ICU's Polish collation, `pl-x-icu`, which
every PostgreSQL built with ICU (Debian's is) provides without a migration. SQLite, the
development default, has no ICU collation: there the order stays the database's own."""

from django.db import connection
from django.db.models import F
from django.db.models.functions import Collate

POLISH = "pl-x-icu"


def polish_order(field: str):
    """An `order_by()` term that sorts `field` in Polish."""
    if connection.vendor == "postgresql":
        return Collate(F(field), POLISH)
    return F(field)
