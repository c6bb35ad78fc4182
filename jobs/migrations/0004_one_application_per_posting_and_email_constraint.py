# The constraint in a migration of its own: on PostgreSQL, a table updated by the backfill in
# the same transaction could not be altered while its deferred triggers are pending.
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("jobs", "0003_one_application_per_posting_and_email"),
    ]

    operations = [
        migrations.AddConstraint(
            model_name='jobapplication',
            constraint=models.UniqueConstraint(fields=('posting_key', 'email_normalised'), name='one_application_per_posting_and_email'),
        ),
    ]
