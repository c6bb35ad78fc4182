"""Production-like settings for benchmarks: DEBUG off, plain HTTP on loopback."""

import warnings

from cms.settings.base import *  # noqa: F403

SECRET_KEY = "benchmark-only-not-secret-5d1e9f0c7b3a4e2f8a6c1d9e0f7b3a5c"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
ROOT_URLCONF = "benchmarks.urls"
LOGGING = {"version": 1, "disable_existing_loggers": True}
TEMPLATES[0]["DIRS"] = [*TEMPLATES[0]["DIRS"], BASE_DIR / "benchmarks" / "templates"]  # noqa: F405

# Static files are not collected for benchmarks; Whitenoise would warn on every start.
warnings.filterwarnings("ignore", message="No directory at")
