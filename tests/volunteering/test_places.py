"""An offer's point follows its town, and matching and the network search see the new point."""

from django.utils import timezone

import pytest

from volunteering.factories import VolunteerFactory
from volunteering.models import VolunteerOfferPage

pytestmark = pytest.mark.django_db


def test_an_offer_moved_to_wieliczka_matches_a_volunteer_there_and_is_searched_there(
    offer, locales
):
    from volunteering.search import VolunteerOfferAdapter
    from volunteering.selectors import recommended_offers

    neighbour = VolunteerFactory(place_name="Wieliczka", travel_km=3)
    offer.city = "Wieliczka"

    offer.save_revision().publish()

    offer = VolunteerOfferPage.objects.get(pk=offer.pk)
    assert (float(offer.latitude), float(offer.longitude)) == (49.987, 20.0647)
    found = recommended_offers(volunteer=neighbour, locale=locales["pl"], now=timezone.now())
    assert [r.offer.pk for r in found] == [offer.pk]
    document = VolunteerOfferAdapter().document(offer)
    assert (document.latitude, document.longitude) == (49.987, 20.0647)
