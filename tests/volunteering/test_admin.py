"""Coordinators see ranked candidates with reasons, only for their own organisation."""

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

import pytest

from volunteering.factories import VolunteerFactory, VolunteerOfferPageFactory
from volunteering.models import Interest

pytestmark = pytest.mark.django_db


def test_candidates_are_ranked_with_reasons(client, offer, terms, editor_of, organisation):
    now = timezone.now()
    strong = VolunteerFactory(
        name="Zofia Mocna", skills=terms["guiding"].mask, causes=terms["heritage"].mask,
        discoverable=True,
    )  # fmt: skip
    weak = VolunteerFactory(name="Adam Słabszy", discoverable=True)
    hidden = VolunteerFactory(name="Ukryta Osoba", skills=terms["guiding"].mask)
    unfit = VolunteerFactory(name="Daleki Gość", place_name="Tarnów", travel_km=5)
    Interest.objects.create(volunteer=unfit, offer=offer, created_at=now)
    client.force_login(editor_of(organisation, "koordynatorka"))

    response = client.get(reverse("volunteer_interests:candidates", args=[offer.pk]))

    assert response.status_code == 200
    page = response.content.decode()
    assert page.index("Zofia Mocna") < page.index("Adam Słabszy") < page.index("Daleki Gość")
    assert "Ukryta Osoba" not in page  # neither interested nor willing to be found
    assert "brakuje: Oprowadzanie" in page
    assert "za daleko" in page
    assert weak.email in page and hidden.email not in page
    assert strong.email in page


def test_an_editor_of_another_organisation_cannot_see_interests_or_candidates(
    client, other_volunteer_index, editor_of, organisation, terms
):
    foreign = VolunteerOfferPageFactory(parent=other_volunteer_index, title="Oferta Beta")
    secret = VolunteerFactory(name="Tajna Wolontariuszka", discoverable=True)
    interest = Interest.objects.create(volunteer=secret, offer=foreign, created_at=timezone.now())
    client.force_login(editor_of(organisation, "redaktor-alfa"))

    responses = [
        client.get(reverse("volunteer_interests:candidates", args=[foreign.pk])),
        client.get(reverse("volunteer_interests:edit", args=[interest.pk])),
        client.get(reverse("volunteer_interests:inspect", args=[interest.pk])),
        client.get(reverse("volunteer_interests:index")),
        client.get(reverse("volunteer_interests:index") + "?q=Tajna"),
    ]

    assert [r.status_code for r in responses[:3]] == [404, 404, 404]
    for response in responses:
        assert "Tajna Wolontariuszka" not in response.content.decode()


def test_the_coordinator_select_offers_only_this_organisations_editors(
    client, offer, editor_of, organisation, other_organisation
):
    ours = editor_of(organisation, "koordynatorka-alfa")
    theirs = editor_of(other_organisation, "koordynator-beta")
    client.force_login(ours)

    add = client.get(f"/admin/pages/add/volunteering/volunteerofferpage/{offer.get_parent().pk}/")
    edit = client.get(f"/admin/pages/{offer.pk}/edit/")

    for response in (add, edit):
        choices = set(response.context["form"].fields["coordinator"].queryset)
        assert choices == {ours}, choices
        assert "koordynator-beta" not in response.content.decode()
    offer.coordinator = theirs
    with pytest.raises(ValidationError) as refused:
        offer.full_clean()
    assert "coordinator" in refused.value.message_dict
