"""PostgreSQL's `unaccent`, for the listings' keyword boxes (pages.folding). A trusted
extension since PostgreSQL 13: the database's owner may create it. On SQLite the operation does
nothing (each connection gets a Python `unaccent` instead)."""

from django.contrib.postgres.operations import UnaccentExtension
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("pages", "0012_remove_default_moderators_workflow_from_root")]

    operations = [UnaccentExtension()]
