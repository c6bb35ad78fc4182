"""The content locales, read once and kept across requests.

Locales change only when an administrator adds or removes a language, which also needs a
settings change and a restart; a saved or deleted Locale forgets the list at once (in this
process and in a shared cache), and FRAGMENT_SECONDS bounds how long another process with a
process-local cache keeps an old one."""

from django.core.cache import cache

from wagtail.models import Locale

from pages.cache import FRAGMENT_SECONDS

LOCALES_KEY = "siec:locales"


def locale_by_id(locale_id: int) -> Locale:
    locales = cache.get(LOCALES_KEY)
    if locales is None or locale_id not in locales:
        locales = {locale.pk: locale for locale in Locale.objects.all()}
        cache.set(LOCALES_KEY, locales, FRAGMENT_SECONDS)
    return locales[locale_id]


def forget_locales(**kwargs) -> None:
    cache.delete(LOCALES_KEY)
