import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

application = get_wsgi_application()

# What apps registered to build before the first request (pages.registry.warm_up_web_processes).
from pages.registry import warm_up  # noqa: E402 – needs the apps loaded above

warm_up()
