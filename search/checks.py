"""Start-up checks of the search settings, run by every `manage.py` command and by gunicorn's
first request through Django's check framework (`manage.py check`)."""

from django.conf import settings
from django.core import checks

from search import engine
from search.connection import ConfigurationError, engine_settings


@checks.register("search")
def search_settings(app_configs, **kwargs):
    """A SEARCH_URL the clients cannot use would make every search fall back to the database
    while the engine is fine: say so when the site starts, not in a log at the first search."""
    if not engine.is_configured():
        return []
    try:
        engine.build_client(engine_settings(settings))
    except (ConfigurationError, ValueError, TypeError, ImportError) as error:
        return [
            checks.Error(
                f"The search settings cannot be used: {error}",
                hint=(
                    "SEARCH_URL is one node or a comma-separated list of nodes, each "
                    "http(s)://host:port; see docs/search.md."
                ),
                id="search.E001",
            )
        ]
    return []
