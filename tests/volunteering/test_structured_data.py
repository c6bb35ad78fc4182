"""Volunteer offers' JobPosting blocks pass schema.org's property lists and Google's rules."""

import pytest

from tests.structured_data import google_gaps, json_ld_blocks, problems
from volunteering.factories import VolunteerOfferPageFactory
from volunteering.models import OfferPlace

pytestmark = pytest.mark.django_db

# Volunteering is unpaid: there is no salary to give.
NOT_FOR_VOLUNTEERS = ["baseSalary"]


@pytest.mark.parametrize("place", list(OfferPlace))
def test_an_offer_has_only_schema_org_properties_no_empty_values_and_googles_fields(
    client, volunteer_index, terms, branded, published, place
):
    offer = published(
        VolunteerOfferPageFactory(
            parent=volunteer_index,
            place=place,
            city="" if place == OfferPlace.REMOTE else "Kraków",
            schedule_kind="FLEXIBLE",
            terms__causes=[terms["heritage"]],
        )
    )

    (data,) = json_ld_blocks(client.get(offer.url).content.decode(), offer.full_url)

    assert problems(data) == []
    assert [gap for gap in google_gaps(data) if gap not in NOT_FOR_VOLUNTEERS] == []
    assert ("jobLocationType" in data) == (place == OfferPlace.REMOTE)
