"""The share cards of every page."""

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import redirect

from wagtail.models import Page

from pages.share_cards import card_path, card_png, revision_of


def share_card(request, *, page_id: int, revision_id: int):
    """A live public page's share card. Its URL names the revision it was drawn for, so it
    may be cached for good; an older revision's URL leads to the current card."""
    page = Page.objects.live().public().filter(pk=page_id).specific().first()
    if page is None:
        raise Http404
    if revision_id != revision_of(page):
        return redirect(card_path(page))
    response = HttpResponse(
        card_png(page, network=settings.WAGTAIL_SITE_NAME), content_type="image/png"
    )
    response["Cache-Control"] = "public, max-age=31536000, immutable"
    return response
