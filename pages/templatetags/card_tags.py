"""Template tags of the cards and detail pages: generated pictures, days left, the way back
to a filtered listing and the share links."""

from urllib.parse import quote, urlencode, urlsplit

from django import template
from django.apps import apps
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme

from pages.card_cache import render_cards
from pages.covers import cover_url
from pages.deadlines import SOON_DAYS, days_left, days_left_text
from pages.logos import organisation_logo_url
from pages.site_homes import child_of_type, home_children, home_for_language

register = template.Library()

# A `back` path longer than this is not a listing's (its filters fit well within it).
MAX_BACK_LENGTH = 1000


@register.simple_tag(takes_context=True)
def cached_cards(context, items, template_name: str, name: str):
    """The listing's cards, each from the cache unless its page changed (pages.card_cache)."""
    request = context.get("request")
    return render_cards(
        items,
        context,
        template_name=template_name,
        name=name,
        # The host too: cards link with the URLs of the request's site.
        query=request.get_host() + request.get_full_path() if request is not None else "",
        now=timezone.now(),
    )


@register.simple_tag
def cover(kind: str, title: str) -> str:
    return cover_url(kind=kind, title=title)


@register.simple_tag
def organisation_logo(organisation) -> str:
    return organisation_logo_url(organisation) if organisation is not None else ""


@register.inclusion_tag("includes/days_left.html")
def deadline(deadline_date):
    if not deadline_date:
        return {}
    today = timezone.localdate()
    days = days_left(deadline_date=deadline_date, today=today)
    return {
        "deadline_date": deadline_date,
        "text": days_left_text(deadline_date=deadline_date, today=today),
        "soon": 0 <= days <= SOON_DAYS,
    }


@register.simple_tag(takes_context=True)
def listing_page_of(context, model_label: str):
    """The listing of this language's home whose type is `model_label` ("jobs.JobBoardPage"):
    a detail page's way back. None when the plugin or the page is not there."""
    request = context.get("request")
    root = home_for_language(request) if request is not None else None
    try:
        model = apps.get_model(model_label)
    except LookupError:
        return None
    return child_of_type(home_children(request, root), model) if root is not None else None


def safe_back_path(back: str, *, listing_path: str) -> str | None:
    """`back` when it is a path on this site below the listing (its filters), else None: the
    link must never lead elsewhere (an open redirect) or to an unrelated page."""
    if not back or len(back) > MAX_BACK_LENGTH:
        return None
    if not url_has_allowed_host_and_scheme(back, allowed_hosts=None):
        return None
    parts = urlsplit(back)
    if parts.scheme or parts.netloc or not parts.path.startswith(listing_path):
        return None
    return back


@register.simple_tag(takes_context=True)
def back_to_results_url(context, listing) -> str:
    """The listing with the filters the visitor came from (the `back` parameter the cards of
    a filtered listing carry), or the plain listing."""
    listing_url = listing.get_url(context.get("request"))
    request = context.get("request")
    back = request.GET.get("back", "") if request is not None else ""
    return safe_back_path(back, listing_path=urlsplit(listing_url).path) or listing_url


@register.inclusion_tag("includes/share_links.html", takes_context=True)
def share_links(context, page):
    url = page.get_full_url(context.get("request"))
    title = page.title
    return {
        "url": url,
        "mail_href": f"mailto:?subject={quote(title)}&body={quote(title + chr(10) + url)}",
        "facebook_href": f"https://www.facebook.com/sharer/sharer.php?u={quote(url, safe='')}",
        "linkedin_href": (
            f"https://www.linkedin.com/sharing/share-offsite/?url={quote(url, safe='')}"
        ),
    }


# The board filters a saved search also understands (search.alert_views.CRITERIA_PARAMETERS),
# under the same names; the organisation goes by its name there, by its slug here.
ALERT_PARAMETERS = ("q", "employment_type", "city", "radius")


@register.simple_tag(takes_context=True)
def alert_query(context, kind: str) -> str:
    """The query of the "e-mail me new offers like these" link on a board: the saved search's
    kind and the board's filters it can carry."""
    request = context.get("request")
    query = request.GET if request is not None else {}
    pairs = [("kind", kind)]
    pairs += [(name, query.get(name)) for name in ALERT_PARAMETERS if query.get(name)]
    form = context.get("filter_form")
    if form is not None and query.get("organisation") and "organisation" in form.fields:
        names = dict(form.fields["organisation"].choices)
        if query["organisation"] in names:
            pairs.append(("organisation", str(names[query["organisation"]])))
    return urlencode(pairs)
