import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from wagtail.models import Locale, Page, Site

register = template.Library()

# Characters that could end the <script> element or confuse an HTML parser inside it.
_SCRIPT_SAFE = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def dumps_for_script(data) -> str:
    return json.dumps(data, ensure_ascii=False, default=str).translate(_SCRIPT_SAFE)


@register.simple_tag
def json_ld(data):
    if not data:
        return ""
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(dumps_for_script(data)),
    )


def _translations(page: Page | None) -> dict[str, Page]:
    if page is None or not isinstance(page, Page):
        return {}
    return {
        translation.locale.language_code: translation
        for translation in page.get_translations(inclusive=True)
        .live()
        .public()
        .select_related("locale")
    }


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Link each language to this page's translation, or to that language's home page."""
    request = context.get("request")
    page = context.get("page")
    translations = _translations(page)
    current = get_language()
    links = []
    for locale in Locale.objects.all().order_by("pk"):
        code = locale.language_code
        target = translations.get(code)
        is_translation = target is not None
        if target is None:
            target = Page.objects.live().filter(depth=2, locale=locale).first()
        if target is None:
            continue
        links.append(
            {
                "code": code,
                "name": locale.get_display_name(),
                "url": target.get_url(request),
                "is_current": code == current,
                "is_translation": is_translation,
            }
        )
    return {"links": links}


@register.simple_tag(takes_context=True)
def hreflang_links(context):
    request = context.get("request")
    tags = [
        format_html(
            '<link rel="alternate" hreflang="{}" href="{}">', code, page.get_full_url(request)
        )
        for code, page in _translations(context.get("page")).items()
    ]
    return mark_safe("\n".join(tags))


@register.simple_tag
def page_query(query_without_page: str, number: int) -> str:
    return f"?{query_without_page}&page={number}" if query_without_page else f"?page={number}"


def _home_for_language(request) -> Page | None:
    site = Site.find_for_request(request) if request else None
    root = site.root_page if site else Page.objects.filter(depth=2).first()
    if root is None:
        return None
    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        return root
    return root.get_translation_or_none(locale) or root


@register.simple_tag(takes_context=True)
def home_url(context) -> str:
    home = _home_for_language(context.get("request"))
    return home.get_url(context.get("request")) if home else "/"


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    home = _home_for_language(request)
    page = context.get("page")
    menu_pages = home.get_children().live().in_menu().specific() if home else []
    ancestors = (
        set(page.get_ancestors().values_list("pk", flat=True)) if isinstance(page, Page) else set()
    )
    return {
        "menu_pages": menu_pages,
        "current_id": getattr(page, "pk", None),
        "current_ancestors": ancestors,
        "request": request,
    }
