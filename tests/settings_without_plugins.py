"""Test settings with every plugin app removed, to prove the core runs without them."""

from cms.settings.test import *  # noqa: F403

PLUGINS = {"jobs", "volunteering", "search.apps.SearchConfig"}
INSTALLED_APPS = [app for app in INSTALLED_APPS if app not in PLUGINS]  # noqa: F405
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
