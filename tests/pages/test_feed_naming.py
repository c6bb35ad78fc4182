"""How a feed names its filter: the words of its title and the query of its address."""

from django.http import QueryDict
from django.utils import timezone

from wagtail.models import Locale

import pytest

from pages.feeds import filter_description, filter_query, listing_title
from pages.filters import ConferenceFilterSet, OrganisationFilterSet
from pages.models import ConferencePage, OrganisationPage

pytestmark = pytest.mark.django_db


def filter_form(filterset_class, model, query: str | None):
    data = QueryDict(query) if query is not None else None
    filterset = filterset_class(
        data,
        model.objects.none(),
        locale_id=Locale.get_default().pk,
        language_code="pl",
        now=timezone.now(),
    )
    return filterset.form


def test_a_feed_title_names_each_filter_by_its_label_in_the_forms_order(organisation):
    organisation.areas_of_work.add("kultura")
    organisation.save()
    form = filter_form(
        OrganisationFilterSet, OrganisationPage, "legal_form=FOUNDATION&area=kultura"
    )

    described = filter_description(form)

    assert described == "kultura, Fundacja"


def test_dates_and_numbers_are_named_with_their_field(organisation):
    form = filter_form(
        ConferenceFilterSet, ConferencePage, "from_date=2027-03-01&kind=WORKSHOP&page=2"
    )

    assert filter_description(form) == "Warsztat, Od: 2027-03-01"


def test_the_query_keeps_the_forms_order_and_leaves_out_the_page_and_empty_fields(organisation):
    form = filter_form(
        ConferenceFilterSet, ConferencePage, "to_date=&from_date=2027-03-01&page=3&kind=WORKSHOP"
    )

    assert filter_query(form) == "kind=WORKSHOP&from_date=2027-03-01"


def test_an_unfiltered_or_invalid_form_names_no_filter(conference_index):
    unbound = filter_form(ConferenceFilterSet, ConferencePage, None)
    invalid = filter_form(ConferenceFilterSet, ConferencePage, "kind=bogus")

    assert listing_title(conference_index, unbound) == conference_index.title
    assert filter_query(invalid) == ""
