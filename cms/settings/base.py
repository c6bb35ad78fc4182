"""Settings safe for production on their own: nothing insecure unless the environment asks.

Every optional integration (PostgreSQL, OpenSearch, SMTP, S3 media) is switched on by its
environment variable; without them the site runs on the embedded defaults (SQLite, Wagtail's
database search backend, console e-mail in development).
"""

from pathlib import Path
from urllib.parse import urlsplit

from django.utils.translation import gettext_lazy as _

import dj_database_url

from .env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "cms"

DEBUG = env_bool("DEBUG", default=False)
SECRET_KEY = env_str("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Project apps first so their templates override Wagtail's where needed.
    "pages",
    "search.apps.SearchConfig",
    "jobs",
    "volunteering",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Django's widget templates, for the project's form renderer (FORM_RENDERER below).
    "django.forms",
    "corsheaders",
    "django_tasks",
    "django_tasks_db",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before anything that can answer (WhiteNoise, CommonMiddleware), as django-cors-headers asks.
    "corsheaders.middleware.CorsMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # django-csp's CSPMiddleware, with the admin's own policy (pages/security.py).
    "pages.security.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Above the session, CSRF and authentication middleware: it reads what they leave on the
    # response to decide whether the edge cache may keep it (pages.edge).
    "pages.edge.EdgeCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "pages.admin_scope.OrganisationScopeMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it answers locked-out admin logins with its lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# Forms render through the project's templates (cms/forms.py, cms/templates/forms/).
FORM_RENDERER = "cms.forms.SiteFormRenderer"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Polish first, English second. Polish URLs carry no prefix; English ones start with /en/.
LANGUAGE_CODE = "pl"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [("pl", _("Polish")), ("en", _("English"))]
WAGTAIL_I18N_ENABLED = True
TIME_ZONE = "Europe/Warsaw"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [PROJECT_DIR / "locale"]
# British English dates and times in pages and e-mails (cms/formats/en/formats.py).
FORMAT_MODULE_PATH = ["cms.formats"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "var" / "static")))
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = env_str("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "var" / "media")))

# Applicants' CVs and other private uploads: never served under MEDIA_URL.
PRIVATE_MEDIA_ROOT = Path(env_str("PRIVATE_MEDIA_ROOT", str(BASE_DIR / "var" / "private")))
if env_str("PRIVATE_STORAGE_BUCKET_NAME"):
    PRIVATE_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env_str("PRIVATE_STORAGE_BUCKET_NAME"),
            "endpoint_url": env_str("AWS_S3_ENDPOINT_URL") or None,
            "region_name": env_str("AWS_S3_REGION_NAME") or None,
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": 300,
        },
    }

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if env_str("AWS_STORAGE_BUCKET_NAME"):
    # Any S3-compatible store (AWS, MinIO, Ceph, OVH...): django-storages reads the AWS_* variables.
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env_str("AWS_STORAGE_BUCKET_NAME"),
            "endpoint_url": env_str("AWS_S3_ENDPOINT_URL") or None,
            "region_name": env_str("AWS_S3_REGION_NAME") or None,
            "custom_domain": env_str("AWS_S3_CUSTOM_DOMAIN") or None,
            "default_acl": None,
            "querystring_auth": env_bool("AWS_QUERYSTRING_AUTH", default=False),
        },
    }

# E-mail: SMTP when EMAIL_HOST is set, otherwise nothing leaves the machine.
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Sieć <no-reply@siec.localhost>")
SERVER_EMAIL = env_str("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
if env_str("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = env_str("EMAIL_HOST")
    EMAIL_PORT = env_int("EMAIL_PORT", 587)
    EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
    EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=True)
    EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# One process: local memory. Several gunicorn workers or machines: a shared cache, so a
# publish in one process refreshes the cached menus everywhere (redis://... or db://table).
CACHE_URL = env_str("CACHE_URL")
if CACHE_URL.startswith(("redis://", "rediss://")):
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}
    }
elif CACHE_URL.startswith("db://"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": CACHE_URL.removeprefix("db://") or "siec_cache",
        }
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "siec"}
    }

# The edge cache: Varnish in front of gunicorn (deploy/varnish/default.vcl, docs/operations.md
# "The edge cache"). EDGE_PURGE_URL is where purge requests go (http://127.0.0.1:6081). With it
# set, anonymous public pages say `public, s-maxage=EDGE_CACHE_SECONDS,
# max-age=EDGE_BROWSER_SECONDS` (pages.edge) and every publish, unpublish, move, delete and
# privacy change purges what it touched (pages.edge_purge, through the task queue). Without
# it nothing is marked public: no cache would be told when a page changes.
EDGE_PURGE_URL = env_str("EDGE_PURGE_URL")
EDGE_CACHE_SECONDS = env_int("EDGE_CACHE_SECONDS", 300 if EDGE_PURGE_URL else 0)
EDGE_BROWSER_SECONDS = env_int("EDGE_BROWSER_SECONDS", 60)
# The purges of pages.edge_purge jump the task queue (django-tasks priorities run -100..100,
# default 0): a change reaches the edge without waiting behind its own indexing tasks.
EDGE_PURGE_PRIORITY = env_int("EDGE_PURGE_PRIORITY", 50)
# ...and go to this queue. With "edge", a worker of its own (`db_worker --queue-name edge`)
# sends them while the others index: priority alone still waits for the task each worker has
# in hand (`make bench-edge`). "default" suits one plain `db_worker` (docs/operations.md).
EDGE_PURGE_QUEUE = env_str("EDGE_PURGE_QUEUE", "default")
if EDGE_PURGE_URL:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")
    WAGTAILFRONTENDCACHE = {
        "edge": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": EDGE_PURGE_URL,
        }
    }
    # Polish addresses carry no prefix: Wagtail's rewriting of each URL into every language
    # (/en/… into /pl/…) would only purge addresses that do not exist.
    WAGTAILFRONTENDCACHE_LANGUAGES: list[str] = []

# Background work (search indexing with retries): rows in the database, run by
# `manage.py db_worker` (one or more processes, on any machine that reaches the database).
TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": sorted({"default", EDGE_PURGE_QUEUE}),
    }
}

# Volunteer shifts: a volunteer cancels their own place up to this many hours before it starts.
SIEC_SHIFT_CANCEL_CUTOFF_HOURS = 24
# ...and is reminded by e-mail this many hours before (`manage.py send_shift_reminders`).
SIEC_SHIFT_REMINDER_HOURS = [48, 2]
# Event registrants are reminded, with the event's .ics, this many hours before it starts
# (`manage.py send_event_reminders`); their names and addresses are deleted this many days
# after the event ends, keeping an anonymous count and the consent record
# (`manage.py purge_event_registrations`).
SIEC_EVENT_REMINDER_HOURS = [48]
SIEC_EVENT_REGISTRATION_RETENTION_DAYS = env_int("SIEC_EVENT_REGISTRATION_RETENTION_DAYS", 90)
# Finished task rows (results, and the arguments they ran with: e-mails hold names and
# addresses) are deleted this many days after they finish by `manage.py prune_task_results`.
TASK_RESULT_RETENTION_DAYS = env_int("TASK_RESULT_RETENTION_DAYS", 7)

# Search engine: OpenSearch 2/3 (SEARCH_ENGINE=opensearch) or Elasticsearch 8/9
# (SEARCH_ENGINE=elasticsearch) at SEARCH_URL: one node or a comma-separated list, each with
# its scheme and port (search/connection.py; `manage.py check` refuses what the clients cannot
# use). Unset: no engine; the network search answers from the database and Wagtail's admin
# search uses its database backend.
SEARCH_URL = env_str("SEARCH_URL")
SEARCH_ENGINE = env_str("SEARCH_ENGINE", "opensearch")
SEARCH_USERNAME = env_str("SEARCH_USERNAME")
SEARCH_PASSWORD = env_str("SEARCH_PASSWORD")
SEARCH_CA_CERTS = env_str("SEARCH_CA_CERTS")  # a CA bundle for a cluster's private certificate
SEARCH_VERIFY_CERTS = env_bool("SEARCH_VERIFY_CERTS", default=True)
SEARCH_INDEX_PREFIX = env_str("SEARCH_INDEX_PREFIX", "siec_")
SEARCH_TIMEOUT = env_int("SEARCH_TIMEOUT", 3)  # seconds, per request to the engine
# Primary shards and replicas of the network indices and of the saved-search (percolator)
# indices. One shard per language index holds a million documents here; replicas 1 or more
# on a cluster of several nodes, so losing a node loses nothing.
SEARCH_SHARDS = env_int("SEARCH_SHARDS", 1)
SEARCH_REPLICAS = env_int("SEARCH_REPLICAS", 0)
SEARCH_ALERT_SHARDS = env_int("SEARCH_ALERT_SHARDS", SEARCH_SHARDS)
SEARCH_ALERT_REPLICAS = env_int("SEARCH_ALERT_REPLICAS", SEARCH_REPLICAS)
SEARCH_POLISH_STEMMING = env_bool("SEARCH_POLISH_STEMMING", default=True)
# The public search API (docs/search.md) and the pages API (pages.api) are public data:
# readable from any origin, GET and HEAD only, never with cookies. No other URL answers CORS.
CORS_URLS_REGEX = r"^/api/(search|v2)/"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ("GET", "HEAD", "OPTIONS")
CORS_ALLOW_CREDENTIALS = False
if SEARCH_URL:
    # Wagtail's admin search runs on the same cluster, through the backend of the same engine.
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": (
                "wagtail.search.backends.elasticsearch8"
                if SEARCH_ENGINE == "elasticsearch"
                else "wagtail.search.backends.opensearch3"
            ),
            "URLS": [url.strip() for url in SEARCH_URL.split(",") if url.strip()],
            "INDEX_PREFIX": SEARCH_INDEX_PREFIX,
            "TIMEOUT": SEARCH_TIMEOUT,
            "OPTIONS": {
                "verify_certs": SEARCH_VERIFY_CERTS,
                **({"ca_certs": SEARCH_CA_CERTS} if SEARCH_CA_CERTS else {}),
                **(
                    {"http_auth": (SEARCH_USERNAME, SEARCH_PASSWORD)}
                    if SEARCH_USERNAME and SEARCH_ENGINE != "elasticsearch"
                    else {}
                ),
                **(
                    {"basic_auth": (SEARCH_USERNAME, SEARCH_PASSWORD)}
                    if SEARCH_USERNAME and SEARCH_ENGINE == "elasticsearch"
                    else {}
                ),
            },
            "INDEX_SETTINGS": {
                "settings": {
                    "index": {
                        "number_of_shards": SEARCH_SHARDS,
                        "number_of_replicas": SEARCH_REPLICAS,
                    }
                }
            },
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

WAGTAIL_SITE_NAME = "Sieć"
# The public address of the site (http://host:port, or https://host). `manage.py
# apply_site_url` writes it into the default Wagtail Site, the source of every absolute link
# (pages.site_url); the admin's own links use the same value.
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_BASE_URL = SITE_URL
# The public pages API (pages.api): its detail URLs on the site's address, at most 50 items
# a page, and no search of its own (the network search API is the one to search with).
WAGTAILAPI_BASE_URL = SITE_URL
WAGTAILAPI_LIMIT_MAX = 50
WAGTAILAPI_SEARCH_ENABLED = False
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "ods", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None

# Behind a TLS-terminating proxy the original scheme comes in this header.
if env_bool("SECURE_PROXY", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Addresses or networks of our own proxies ("10.0.0.5,10.1.0.0/16"). X-Forwarded-For is read
# only on requests that come from one of them, right to left, up to the first address that is
# not ours: that is the client for rate limits and the admin lockout (pages.abuse.client_ip).
# Empty: the header is ignored and the client is the connection's own address.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", default=not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", default=not DEBUG)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=not DEBUG)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
# Origins that may frame the network-wide widget (pages.embed); organisations list their own.
SIEC_EMBED_ORIGINS = env_list("SIEC_EMBED_ORIGINS", [])

# Content-Security-Policy (django-csp). The public site runs no script of its own and no inline
# script or style; JSON-LD blocks are data, not script. The Wagtail admin gets its own, looser
# policy (pages.security), since its editors need inline styles and same-origin previews.
_MEDIA_ORIGINS = [
    origin
    for origin in (
        # Media on its own host (a bucket's domain, a media server): allow that origin.
        "{0.scheme}://{0.netloc}".format(urlsplit(MEDIA_URL)) if "://" in MEDIA_URL else "",
        f"https://{env_str('AWS_S3_CUSTOM_DOMAIN')}" if env_str("AWS_S3_CUSTOM_DOMAIN") else "",
        env_str("AWS_S3_ENDPOINT_URL"),
    )
    if origin
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *_MEDIA_ORIGINS],
        "media-src": ["'self'", *_MEDIA_ORIGINS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        # Video embeds that editors put into rich text.
        "frame-src": env_list(
            "CSP_FRAME_SRC",
            [
                "https://www.youtube-nocookie.com",
                "https://www.youtube.com",
                "https://player.vimeo.com",
            ],
        ),
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
}

# Abuse protection (pages.abuse): POSTs per client address and form, counted in the cache.
# The count is only shared between processes when CACHE_URL points at a shared cache.
FORM_RATE_LIMIT = env_str("FORM_RATE_LIMIT", "10/m")
# Per-form overrides of FORM_RATE_LIMIT, by the names the views pass to limit_posts.
RATE_LIMITS: dict[str, str] = {}

# A volunteer's profile lists offers scoring at least this (0 to 1) as fitting; the others
# below them under "May also interest you" (volunteering.explain.split_by_fit).
VOLUNTEER_MATCH_THRESHOLD = 0.5
# POSTs naming one e-mail address, from any client, for forms limited per address (the admin
# password reset); "<name>-address" in RATE_LIMITS overrides it per form.
ADDRESS_RATE_LIMIT = env_str("ADDRESS_RATE_LIMIT", "5/h")
# The admin password reset form: it queues its e-mail instead of sending it in the request.
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "pages.password_reset.QueuedPasswordResetForm"  # noqa: S105

# Admin login lockout (django-axes): five failures for one user name from one address lock
# that pair out for an hour; a success resets the count.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Days an expression of interest may wait for an answer before its coordinator is reminded;
# after twice as many it goes to the network coordinators (volunteering.reminders).
SIEC_INTEREST_ANSWER_DAYS = env_int("SIEC_INTEREST_ANSWER_DAYS", 5)

AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 1
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin_locked_out.html"
AXES_CLIENT_IP_CALLABLE = "pages.abuse.client_ip"
AXES_USERNAME_FORM_FIELD = "username"
AXES_VERBOSE = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        "wagtail": {"level": env_str("WAGTAIL_LOG_LEVEL", "WARNING")},
        "django_tasks": {"level": env_str("TASKS_LOG_LEVEL", "WARNING")},
        # The engine clients log every request at INFO.
        "opensearch": {"level": "WARNING"},
        "elastic_transport": {"level": "WARNING"},
        # django-axes logs every failed admin sign-in at INFO; lockouts are WARNING.
        "axes": {"level": env_str("AXES_LOG_LEVEL", "WARNING")},
    },
}

# The network coordinators' group: it reviews applications to join (pages.joining) and
# postings under network review (pages.moderation), and hears of interests left unanswered
# (volunteering.reminders).
SIEC_NETWORK_COORDINATORS_GROUP = env_str("SIEC_NETWORK_COORDINATORS_GROUP", "Koordynatorzy sieci")
