from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "network_search"
    verbose_name = _("Network search")
    default_auto_field = "django.db.models.BigAutoField"
