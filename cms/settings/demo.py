"""`make run`: the demo on one machine as a visitor sees it, with DEBUG off, so a missing page
shows the designed 404 and an error the designed 500 instead of Django's debug pages.

Static files come through WhiteNoise straight from the apps' static folders (no collectstatic
step), and uploaded media (logos, generated covers) from MEDIA_ROOT through Django's own view:
fine for a demo on 127.0.0.1, never for production (cms.settings.production)."""

from .dev import *  # noqa: F403

DEBUG = False
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
SIEC_SERVE_MEDIA = True
