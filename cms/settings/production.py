from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

if not SECRET_KEY or len(SECRET_KEY) < 50:  # noqa: F405
    raise ImproperlyConfigured("SECRET_KEY must be set to at least 50 random characters")
if DEBUG:  # noqa: F405
    raise ImproperlyConfigured("DEBUG must be off in production")
if not SITE_URL.startswith("https://"):  # noqa: F405
    raise ImproperlyConfigured("SITE_URL must be set to the site's public https:// address")
