"""The embeddable widget: a compact list of the network's (or one organisation's) job
postings, volunteer offers and events, made to live in an `<iframe>` on a member's website.

Stable addresses: /embed/ (the network) and /embed/<organisation's slug>/ (one
organisation), /en/embed/... in English. Query: `kind` (a "latest" section's key, as the
plugins register them: events, jobs, volunteering; repeatable), `tag`, `city` and `accent`
(a hex colour, six digits, with or without #). Bad input is refused with a 400 saying why.

Framing: the site refuses it everywhere (CSP frame-ancestors 'none' and X-Frame-Options
DENY); an organisation's widget may be framed by the origins its editors list on its page
(OrganisationPage.embed_origins), through the CSP middleware (pages.security), and the
network's widget by settings.SIEC_EMBED_ORIGINS. The widget sets no cookie: it reads no
session, writes no message and carries no form."""

import re

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET

from wagtail.models import Locale

from pages.models import OrganisationPage
from pages.registry import latest_sections
from pages.visibility import public

ACCENT = re.compile(r"#?([0-9a-fA-F]{6})")
WIDGET_SIZE = 5
# Read before filtering by tag and town in Python: the sections give their newest items.
CANDIDATES = 60


class EmbedRefused(ValueError):
    pass


def parse_embed_query(query, *, section_keys: list[str]) -> dict:
    """The widget's options from a QueryDict, or EmbedRefused with a message for people."""
    kinds = query.getlist("kind") or list(section_keys)
    unknown = [kind for kind in kinds if kind not in section_keys]
    if unknown:
        raise EmbedRefused(
            _("Unknown kind %(kind)s; use one of: %(kinds)s.")
            % {"kind": unknown[0], "kinds": ", ".join(section_keys)}
        )
    accent = query.get("accent", "")
    match = ACCENT.fullmatch(accent) if accent else None
    if accent and match is None:
        raise EmbedRefused(_("The accent colour must be six hexadecimal digits, e.g. a61c00."))
    return {
        "kinds": kinds,
        "tag": query.get("tag", "").strip()[:100],
        "city": query.get("city", "").strip()[:100],
        "accent": match.group(1).lower() if match else "",
    }


def _tag_names(item) -> set[str]:
    tags = getattr(item, "tags", None)
    return {tag.name.casefold() for tag in tags.all()} if tags is not None else set()


def embed_groups(*, locale, organisation, kinds, tag, city) -> list[dict]:
    groups = []
    for section in latest_sections():
        if section.key not in kinds:
            continue
        items = section.items(locale=locale, organisation=organisation, limit=CANDIDATES)
        if city:
            items = [i for i in items if getattr(i, "city", "").casefold() == city.casefold()]
        if tag:
            items = [i for i in items if tag.casefold() in _tag_names(i)]
        groups.append({"section": section, "items": list(items)[:WIDGET_SIZE]})
    return groups


def _refuse(message: str) -> HttpResponse:
    return HttpResponseBadRequest(message + "\n", content_type="text/plain; charset=utf-8")


def _render(request, *, organisation, frame_ancestors: list[str]):
    sections = latest_sections()
    try:
        options = parse_embed_query(request.GET, section_keys=[s.key for s in sections])
    except EmbedRefused as refusal:
        return _refuse(str(refusal))
    locale = Locale.get_active()
    groups = embed_groups(
        locale=locale,
        organisation=organisation,
        kinds=options["kinds"],
        tag=options["tag"],
        city=options["city"],
    )
    response = render(
        request,
        "pages/embed.html",
        {
            "organisation": organisation,
            "groups": groups,
            "has_items": any(group["items"] for group in groups),
            "options": options,
        },
    )
    # Read by pages.security.ContentSecurityPolicyMiddleware.
    response.frame_ancestors = frame_ancestors
    return response


@require_GET
@xframe_options_exempt
def network_embed(request):
    return _render(request, organisation=None, frame_ancestors=list(settings.SIEC_EMBED_ORIGINS))


@require_GET
@xframe_options_exempt
def organisation_embed(request, slug: str):
    organisation = (
        public(OrganisationPage.objects.live())
        .filter(slug=slug, locale__language_code=translation.get_language())
        .first()
    )
    if organisation is None:
        raise Http404
    return _render(
        request, organisation=organisation, frame_ancestors=organisation.embed_origin_list
    )


@require_GET
def accent_stylesheet(request, accent: str):
    """The accent colour as a stylesheet of its own: the CSP allows no inline style."""
    if ACCENT.fullmatch(accent) is None:
        return _refuse(_("The accent colour must be six hexadecimal digits, e.g. a61c00."))
    body = f":root {{ --accent: #{accent.lower()}; --brand: #{accent.lower()}; }}\n"
    response = HttpResponse(body, content_type="text/css; charset=utf-8")
    response["Cache-Control"] = "public, max-age=31536000, immutable"
    return response
