from django.db import connection


def database_url() -> str:
    """The URL of the database this test runs on, for a server or worker started beside it."""
    db = connection.settings_dict
    return (
        f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST'] or '127.0.0.1'}:{db['PORT']}"
        f"/{db['NAME']}"
    )
