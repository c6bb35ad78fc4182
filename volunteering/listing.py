from django.http import HttpRequest
from django.utils import timezone

from pages.listing import bind_filters, listing_context
from volunteering.cards import prepare_offer_cards
from volunteering.forms import OfferFilterForm
from volunteering.selectors import listing_queryset


def offer_filters(*, index_page, request: HttpRequest) -> OfferFilterForm:
    """The offer filters of a request, validated alike for the listing and its feeds."""
    return bind_filters(
        OfferFilterForm,
        request,
        locale_id=index_page.locale_id,
        language_code=index_page.locale.language_code,
    )


def offer_listing(*, index_page, request: HttpRequest) -> dict:
    language_code = index_page.locale.language_code
    form = offer_filters(index_page=index_page, request=request)
    queryset = listing_queryset(
        locale=index_page.locale_id,
        filters=form.active_filters(),
        language_code=language_code,
        now=timezone.now(),
    )
    context = listing_context(form, queryset, request)
    context["results"].object_list = prepare_offer_cards(context["results"].object_list)
    return context
