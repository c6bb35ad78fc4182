import json
from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.http import Http404
from django.urls import translate_url
from django.utils import timezone, translation
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language, get_language_info, gettext

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from pages.cache import SHAPE, family_topic, topics_stamp, until_content_changes
from pages.cache import fragment_stamp as stamp_for
from pages.event_time import EventTime
from pages.event_time import event_time as event_time_of
from pages.memo import memo
from pages.notifications import absolute_url
from pages.site_homes import child_of_type, home_children, home_for_language, site_homes
from pages.site_homes import home_url as home_url_of
from pages.visibility import public

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
    # Safe to mark: dumps_for_script escapes every character that could end the <script>
    # element or be read as markup (<, >, &, and the JavaScript line separators). Django's
    # json_script would do the same but can only write type="application/json".
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(dumps_for_script(data)),
    )


def _translations(request, page) -> dict[str, Page]:
    """Live translations of the page by language code, looked up once per request."""
    if page is None or not isinstance(page, Page):
        return {}
    return memo(
        request,
        f"translations:{page.pk}",
        lambda: {
            translation.locale.language_code: translation
            for translation in public(page.get_translations(inclusive=True).live()).select_related(
                "locale"
            )
        },
    )


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Link each language to this page's translation, or to that language's home page."""
    request = context.get("request")
    page = context.get("page")
    translations = _translations(request, page)
    # On a page's own route (a job's application form) the link stays on that route.
    sub_path = _sub_path(request, page) if translations else ""
    # A view outside the page tree (search, a certificate, the join form) has the same
    # address in each language through its translated URL pattern, with the same query (a
    # search stays the same search).
    views = {} if isinstance(page, Page) or request is None else _view_urls(request)
    homes = site_homes(request)
    current = get_language()
    # A board's filters stay chosen in the other language: the query goes along.
    query = request.GET.urlencode() if request is not None else ""
    links = []
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        target = translations.get(code)
        if target is not None:
            url = target.get_url(request)
            if url:
                url += _sub_path_in(page, sub_path, code) + (f"?{query}" if query else "")
        elif code in views:
            url = views[code]
        elif code in homes:
            url = home_url_of(homes[code])
        else:
            continue
        links.append(
            {
                "code": code,
                # Each language is named in itself, so a reader can find their own.
                "name": get_language_info(code)["name_local"].capitalize(),
                "url": url,
                "is_current": code == current,
                "is_translation": target is not None,
            }
        )
    return {"links": links}


@register.simple_tag(takes_context=True)
def hreflang_links(context):
    """`<link rel="alternate" hreflang>` for each language this address exists in, and
    `x-default` (the Polish version), all absolute from the Site (pages.site_url)."""
    request = context.get("request")
    alternates = alternate_urls(request, context.get("page"))
    links = list(alternates.items())
    if settings.LANGUAGE_CODE in alternates:
        links.append(("x-default", alternates[settings.LANGUAGE_CODE]))
    return format_html_join("\n", '<link rel="alternate" hreflang="{}" href="{}">', links)


def alternate_urls(request, page) -> dict[str, str]:
    """The absolute URL of this address in each language, by language code.

    A page's translations are found through wagtail-localize; a view a page routes to below
    its own URL (a job's /aplikuj/, an event's /rejestracja/) keeps the same sub-path under
    each translation. A view outside the page tree (the search page, volunteer registration)
    is translated by its URL pattern; an address with only one language has no alternates."""
    if isinstance(page, Page):
        translations = _translations(request, page)
        sub_path = _sub_path(request, page)
        full_urls = {code: item.get_full_url(request) for code, item in translations.items()}
        return {
            code: url + _sub_path_in(page, sub_path, code) for code, url in full_urls.items() if url
        }
    if request is None:
        return {}
    return {code: absolute_url(url) for code, url in _translated_paths(request).items()}


def _translated_paths(request) -> dict[str, str]:
    """This view's path in each language, or {} when its pattern is not translated."""
    urls = {code: translate_url(request.path, code) for code, _name in settings.LANGUAGES}
    if len(set(urls.values())) < len(urls):
        return {}
    return urls


def _view_urls(request) -> dict[str, str]:
    """This view's address in each language with the same query, or {}."""
    urls = _translated_paths(request)
    query = request.GET.urlencode()
    return {code: f"{url}?{query}" if query else url for code, url in urls.items()}


def _sub_path_in(page, sub_path: str, language_code: str) -> str:
    """The same sub-route of a routable page in another language: its paths are translated
    (a job's `aplikuj/` is `apply/` in English), so it is resolved by name and reversed in
    that language. A sub-path that is no named route (a feed's `rss/`) is kept as it is."""
    if not sub_path or not isinstance(page, RoutablePageMixin):
        return sub_path
    try:
        match = page.resolve_subpage("/" + sub_path)
    except Http404:
        return sub_path
    if not match.url_name:
        return sub_path
    with translation.override(language_code):
        return page.reverse_subpage(match.url_name, args=match.args, kwargs=match.kwargs)


def _sub_path(request, page) -> str:
    if request is None:
        return ""
    own_path = urlsplit(page.get_url(request) or "").path
    if own_path and request.path.startswith(own_path):
        return request.path[len(own_path) :]
    return ""


@register.simple_tag
def page_query(query_without_page: str, number: int) -> str:
    return f"?{query_without_page}&page={number}" if query_without_page else f"?page={number}"


@register.simple_tag(takes_context=True)
def home_url(context) -> str:
    home = home_for_language(context.get("request"))
    return home_url_of(home) if home else "/"


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    home = home_for_language(request)
    page = context.get("page")
    items = [child for child in home_children(request, home) if child.show_in_menus] if home else []
    current_path = page.path if isinstance(page, Page) else ""
    # A posting, an offer or an event sits under its organisation in the tree, but readers
    # reach it from the network's listing: the page names that listing's model.
    section = getattr(page, "menu_section", None)
    for item in items:
        item.is_current = item.path == current_path
        if section:
            item.is_ancestor = item.specific_class._meta.label == section
        else:
            item.is_ancestor = current_path.startswith(item.path) and not item.is_current
    return {"menu_pages": items, "request": request}


@register.simple_tag
def content_version() -> int:
    from pages.cache import content_version as current

    return current()


@register.simple_tag
def topic_stamp(topic: str) -> int:
    """The version of one narrower topic (pages.cache), for fragments that follow it."""
    from pages.cache import topic_version

    return topic_version(topic)


@register.simple_tag(takes_context=True)
def tree_stamp(context) -> str:
    """The versions of the tree as this page sees it: the shape every page sees and the
    page's own translations (pages.cache), for its header and language links."""
    page = context.get("page")
    if isinstance(page, Page):
        return topics_stamp(SHAPE, family_topic(page.translation_key))
    return topics_stamp(SHAPE)


@register.simple_tag
def fragment_stamp() -> str:
    return stamp_for(now=timezone.now())


@register.simple_tag(takes_context=True)
def card_url(context, page) -> str:
    """The URL prepared for a listing (see pages.cards.attach_urls), or Wagtail's own."""
    return getattr(page, "listing_url", None) or page.get_url(context.get("request"))


@register.simple_tag(takes_context=True)
def accessibility_statement_url(context) -> str:
    """The URL of the accessibility statement in the active language (Polish when there is no
    translation), for the footer and the statement meta tag of every page."""
    from pages.models import AccessibilityStatementPage

    request = context.get("request")
    language = get_language()

    def find() -> str:
        # The statement lives under the home, among the pages the main menu is read from.
        for code in (language, settings.LANGUAGE_CODE):
            home = site_homes(request).get(code)
            statement = home and child_of_type(
                home_children(request, home), AccessibilityStatementPage
            )
            if statement:
                return statement.get_url(request) or ""
        return ""

    host = request.get_host() if request else ""
    return until_content_changes(f"a11y-statement:{host}:{language}", find, topic=SHAPE)


@register.simple_tag
def absolute_uri(url: str) -> str:
    return absolute_url(url)


# Fields that already hold a short plain-text description of a page, best first.
_DESCRIPTION_FIELDS = ("search_description", "summary", "introduction", "mission")


@register.simple_tag(takes_context=True)
def meta_description(context) -> str:
    """The page's own description for search engines and link previews; the network's
    description where a view has no page or the page none of its own."""
    page = context.get("page")
    if page is not None:
        for field in _DESCRIPTION_FIELDS:
            text = " ".join(str(getattr(page, field, "") or "").split())
            if text:
                return Truncator(text).chars(160)
    return gettext(
        "Sieć: jobs, volunteering, programmes and events of non-governmental organisations "
        "and public culture bodies in Małopolska."
    )


@register.simple_tag
def event_time(event, weekday=False) -> EventTime:
    """`{% event_time page as when %}`: the event's time as pages.event_time says it; `{{ when }}`
    in text, or `pages/includes/event_time.html` for the two `<time>` elements."""
    return event_time_of(start_at=event.start_at, end_at=event.end_at, weekday=weekday)
