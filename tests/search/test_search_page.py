"""The search page speaks the visitor's language: facet values are the registered labels,
never the stored codes, and the type of work is a choice, not a text box."""

from django.test import Client
from django.utils import translation

import pytest

from search.queries import SearchResults
from search.views import readable_facets_and_hits


def test_the_type_of_work_facet_shows_labels_in_the_page_language_not_codes():
    results = SearchResults(
        total=2, hits=[], facets={"employment_type": [("EMPLOYMENT_CONTRACT", 2)]}
    )

    with translation.override("pl"):
        (polish,), _hits = readable_facets_and_hits(results)
        polish_label = str(polish["buckets"][0][1])
    with translation.override("en"):
        (english,), _hits = readable_facets_and_hits(results)
        english_label = str(english["buckets"][0][1])

    assert polish["buckets"][0][0] == "EMPLOYMENT_CONTRACT"  # the link keeps the code
    assert polish_label == "Umowa o pracę"
    assert english_label == "Employment contract"


@pytest.mark.django_db
def test_the_type_of_work_filter_is_a_list_of_labelled_choices(no_engine):
    page = Client().get("/szukaj/", {"q": "x"}).content.decode()

    field = page.split('name="employment_type"')[0].rsplit("<", 1)[1]
    assert field.startswith("select")
    assert '<option value="EMPLOYMENT_CONTRACT">Umowa o pracę</option>' in page
