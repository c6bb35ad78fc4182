from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .env import env_str

if not SECRET_KEY or len(SECRET_KEY) < 50:  # noqa: F405
    raise ImproperlyConfigured("SECRET_KEY must be set to at least 50 random characters")
if DEBUG:  # noqa: F405
    raise ImproperlyConfigured("DEBUG must be off in production")
# Every absolute link is built from it (pages.site_url); a default would point at loopback.
if not env_str("SITE_URL"):
    raise ImproperlyConfigured("SITE_URL must be set to the site's public address")
