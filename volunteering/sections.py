from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pages.registry import LatestSection


def _latest_offers(*, locale, organisation=None, limit):
    from pages.selectors import attach_organisations
    from volunteering.cards import prepare_offer_cards
    from volunteering.selectors import open_offers

    offers = open_offers(locale=locale, now=timezone.now())
    if organisation is not None:
        offers = offers.descendant_of(organisation)
    return prepare_offer_cards(attach_organisations(offers.order_by("-first_published_at")[:limit]))


def latest_offers_section() -> LatestSection:
    return LatestSection(
        key="volunteering",
        title=_("Volunteer with us"),
        template="volunteering/sections/latest_offers.html",
        items=_latest_offers,
        more_page_type="volunteering.VolunteerBoardPage",
        order=20,
    )
