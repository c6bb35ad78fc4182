"""Card text for offer listings, built once per offer in Python."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from pages.geo import km_away
from volunteering.models.choices import ScheduleKind
from volunteering.vocabulary import names

if TYPE_CHECKING:  # the offer's route uses schedule_text
    from volunteering.models import VolunteerOfferPage


def schedule_text(offer: VolunteerOfferPage) -> str:
    if offer.schedule_kind == ScheduleKind.ONE_OFF and offer.start_date:
        start = formats.date_format(offer.start_date, "j E Y")
        if offer.end_date and offer.end_date != offer.start_date:
            return f"{start} – {formats.date_format(offer.end_date, 'j E Y')}"
        return start
    if offer.schedule_kind == ScheduleKind.WEEKLY:
        from volunteering.slots import describe

        return describe(offer.weekly_slots)
    return str(ScheduleKind(offer.schedule_kind).label)


def meta_text(offer: VolunteerOfferPage) -> str:
    parts = [offer.get_place_display() if offer.is_remote else offer.city]
    if offer.hours_per_week:
        parts.append(_("%(hours)s h/week") % {"hours": offer.hours_per_week})
    parts.append(
        ngettext("%(count)s place left", "%(count)s places left", offer.places_left)
        % {"count": offer.places_left}
    )
    distance = getattr(offer, "distance_km", None)
    if distance is not None:
        parts.append(km_away(distance))
    return " · ".join(parts)


def prepare_offer_cards(offers) -> list:
    offers = list(offers)
    for offer in offers:
        offer.schedule_text = schedule_text(offer)
        offer.meta_text = meta_text(offer)
        offer.cause_names = ", ".join(names("cause", offer.causes_mask))
    return offers
