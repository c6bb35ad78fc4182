"""Settings of the worker processes the scale-out tests start: the test settings, with e-mail
written to files (one file per message) so that the test can count what every process sent."""

import os

from cms.settings.test import *  # noqa: F403

EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = os.environ["SIEC_TEST_MAIL_DIR"]
SEARCH_URL = ""
