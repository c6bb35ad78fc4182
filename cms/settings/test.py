from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret-1b2c3d4e5f60718293a4b5c6d7e8f901"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
MEDIA_ROOT = BASE_DIR / "var" / "test-media"  # noqa: F405
PRIVATE_MEDIA_ROOT = BASE_DIR / "var" / "test-private"  # noqa: F405
SIEC_DEMO_CREDENTIALS_FILE = BASE_DIR / "var" / "test-demo-credentials.json"  # noqa: F405
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
}

# Templates used only by tests (e.g. a fake plugin section).
TEMPLATES[0]["DIRS"] = [*TEMPLATES[0]["DIRS"], BASE_DIR / "tests" / "templates"]  # noqa: F405

# Tests post forms many times from one address; the rate-limit tests lower this again.
FORM_RATE_LIMIT = "10000/m"

# The purges take the queue of their own that production runs a worker for
# (docs/operations.md, "The edge cache"), so the tests run what production runs.
EDGE_PURGE_QUEUE = "edge"
TASKS["default"]["QUEUES"] = ["default", EDGE_PURGE_QUEUE]  # noqa: F405
