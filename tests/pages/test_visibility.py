from wagtail.models import PageViewRestriction

import pytest

from pages.factories import ProgrammePageFactory

pytestmark = pytest.mark.django_db


def test_a_private_section_leaves_listings_as_soon_as_it_is_restricted(
    client, programme_index, organisation
):
    ProgrammePageFactory(parent=organisation, title="Program Zamkniętyunikat")
    assert "Program Zamkniętyunikat" in client.get(programme_index.url).content.decode()

    restriction = PageViewRestriction.objects.create(
        page=organisation, restriction_type=PageViewRestriction.PASSWORD, password="tajne"
    )
    hidden = client.get(programme_index.url).content.decode()
    restriction.delete()
    shown_again = client.get(programme_index.url).content.decode()

    assert "Program Zamkniętyunikat" not in hidden
    assert "Program Zamkniętyunikat" in shown_again
