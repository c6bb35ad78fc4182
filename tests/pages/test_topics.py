"""Tags in the page's language: taggit's tags are shared by both languages, and a translated
Topic snippet names each in English."""

import pytest

from pages.models import Topic
from pages.search import OrganisationAdapter
from pages.topics import topic_names

pytestmark = pytest.mark.django_db


@pytest.fixture
def seniors(locales):
    topic = Topic.objects.create(locale=locales["pl"], name="seniorzy", slug="seniorzy")
    english = topic.copy_for_translation(locales["en"])
    english.name = "older people"
    english.save()
    return topic


def test_a_tag_with_a_translated_topic_is_named_in_the_english_term(seniors, locales):
    english = topic_names(["seniorzy", "HR"], locale=locales["en"])
    polish = topic_names(["seniorzy", "HR"], locale=locales["pl"])

    assert english == ["older people", "HR"]  # a tag without a topic keeps its name
    assert polish == ["seniorzy", "HR"]


def test_the_english_search_document_of_an_organisation_shows_english_topics(
    seniors, organisation, in_english
):
    organisation.areas_of_work.add("seniorzy")
    organisation.save_revision().publish()

    english = in_english(organisation)
    document = OrganisationAdapter().document(english)

    assert document.tags == ["older people"]
    assert OrganisationAdapter().document(organisation).tags == ["seniorzy"]


def test_the_english_organisation_page_lists_its_areas_of_work_in_english(
    seniors, organisation, in_english, client
):
    organisation.areas_of_work.add("seniorzy")
    organisation.save_revision().publish()
    english = in_english(organisation)

    page = client.get(english.url).content.decode()

    assert "<li>older people</li>" in page
    assert "<li>seniorzy</li>" not in page


def test_an_english_offer_pointing_at_polish_causes_is_indexed_with_their_english_names(
    locales, django_assert_num_queries
):
    from pages.topics import term_names
    from volunteering.factories import CauseFactory

    polish = CauseFactory(name="Edukacja", slug="edukacja", locale=locales["pl"])
    english = polish.copy_for_translation(locales["en"])
    english.name, english.slug = "Education", "education"
    english.save()
    untranslated = CauseFactory(name="Sport", slug="sport", locale=locales["pl"])

    with django_assert_num_queries(0):
        in_polish = term_names([polish, untranslated], locale=locales["pl"])
    in_english = term_names([polish, untranslated], locale=locales["en"])

    assert in_polish == ["Edukacja", "Sport"]
    assert in_english == ["Education", "Sport"]


def test_the_english_events_filter_names_its_topics_in_english_and_filters_by_them(
    seniors, locales, organisation
):
    from django.http import QueryDict
    from django.utils import timezone

    from pages.factories import ConferencePageFactory
    from pages.filters import ConferenceFilterSet
    from pages.models import ConferencePage

    conference = ConferencePageFactory(parent=organisation, slug="dla-seniorow")
    conference.tags.add("seniorzy")
    conference.save()

    def filters(query: str, language: str):
        return ConferenceFilterSet(
            QueryDict(query),
            ConferencePage.objects.all(),
            locale_id=locales[language].pk,
            language_code=language,
            now=timezone.now(),
        )

    english, polish = filters("", "en"), filters("tag=seniorzy", "pl")

    assert ("seniorzy", "older people") in english.form.fields["tag"].choices
    assert ("seniorzy", "seniorzy") in polish.form.fields["tag"].choices
    assert list(filters("tag=seniorzy", "en").qs) == [conference]
    assert not filters("tag=nie-ma", "en").is_valid()


def test_a_listing_s_tag_choices_follow_a_page_s_new_tag_but_not_every_publish(
    locales, organisation, django_assert_num_queries
):
    from pages.factories import ConferencePageFactory, ContentPageFactory
    from pages.filters import tag_choices

    first = ConferencePageFactory(parent=organisation, slug="pierwsza")
    first.tags.add("animacja")
    first.save()
    assert [slug for slug, _name in tag_choices("pages_conferencetag_items", locales["pl"].pk)] == [
        "animacja"
    ]

    untagged = ContentPageFactory(parent=organisation, slug="o-nas")
    untagged.title = "O nas, po zmianie"
    untagged.save_revision().publish()  # a publish that writes no tags
    with django_assert_num_queries(0):
        tag_choices("pages_conferencetag_items", locales["pl"].pk)
    second = ConferencePageFactory(parent=organisation, slug="druga")
    second.tags.add("dziedzictwo")
    second.save()

    slugs = [slug for slug, _name in tag_choices("pages_conferencetag_items", locales["pl"].pk)]
    assert slugs == ["animacja", "dziedzictwo"]
