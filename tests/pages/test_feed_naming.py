"""How a feed names its filter: the words of its title and the query of its address."""

from django.http import QueryDict

import pytest

from pages.feeds import filter_description, filter_query, listing_title
from pages.forms import ConferenceFilterForm, OrganisationFilterForm

pytestmark = pytest.mark.django_db


def test_a_feed_title_names_each_filter_by_its_label_in_the_forms_order(organisation):
    organisation.areas_of_work.add("kultura")
    organisation.save()
    form = OrganisationFilterForm(QueryDict("legal_form=FOUNDATION&area=kultura"))

    described = filter_description(form)

    assert described == "kultura, Fundacja"


def test_dates_and_numbers_are_named_with_their_field(organisation):
    form = ConferenceFilterForm(
        QueryDict("from_date=2027-03-01&kind=WORKSHOP&page=2"), locale_id=organisation.locale_id
    )

    assert filter_description(form) == "Warsztat, Od: 2027-03-01"


def test_the_query_keeps_the_forms_order_and_leaves_out_the_page_and_empty_fields(organisation):
    form = ConferenceFilterForm(
        QueryDict("to_date=&from_date=2027-03-01&page=3&kind=WORKSHOP"),
        locale_id=organisation.locale_id,
    )

    assert filter_query(form) == "kind=WORKSHOP&from_date=2027-03-01"


def test_an_unfiltered_or_invalid_form_names_no_filter(conference_index):
    unbound = ConferenceFilterForm(None, locale_id=conference_index.locale_id)
    invalid = ConferenceFilterForm(QueryDict("kind=bogus"), locale_id=conference_index.locale_id)

    assert listing_title(conference_index, unbound) == conference_index.title
    assert filter_query(invalid) == ""
