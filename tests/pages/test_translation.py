"""The wagtail-localize workflow, driven through its admin views, for every page type."""

from django.urls import reverse

from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

import pytest

from pages.factories import ConferencePageFactory, ContentPageFactory, ProgrammePageFactory
from pages.models import OrganisationPage

pytestmark = pytest.mark.django_db


def reversed_words(text: str) -> str:
    # The dummy machine translator reverses the order of words.
    return " ".join(reversed(text.split(" ")))


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("root", "r@example.org", "pw"))
    return client


@pytest.fixture
def tree(home, organisation_index, programme_index, conference_index, organisation):
    programme = ProgrammePageFactory(parent=organisation, title="Aktywni Mieszkańcy")
    return [
        home,
        organisation_index,
        programme_index,
        conference_index,
        organisation,
        programme,
        ConferencePageFactory(parent=organisation, title="Miejsca Otwarte", with_form=True),
        ContentPageFactory(parent=organisation, title="Aktualności fundacji"),
        ContentPageFactory(parent=programme, title="Raport końcowy"),
    ]


@pytest.fixture
def translate_whole_tree(admin_client, locales, django_capture_on_commit_callbacks):
    # wagtail-localize publishes target pages in transaction.on_commit callbacks.
    def translate(home):
        with django_capture_on_commit_callbacks(execute=True):
            _translate_whole_tree(admin_client, home, locales)

    return translate


def _translate_whole_tree(admin_client, home, locales):
    response = admin_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[home.pk]),
        {"locales": [locales["en"].pk], "include_subtree": "on"},
    )
    assert response.status_code == 302
    for translation in Translation.objects.all():
        response = admin_client.post(
            reverse("wagtail_localize:machine_translate", args=[translation.pk]),
            {"next": "/admin/"},
        )
        assert response.status_code == 302
        translation.save_target(publish=True)


def test_every_page_type_can_be_machine_translated_and_published(
    admin_client, tree, locales, translate_whole_tree
):
    translate_whole_tree(tree[0])

    for page in tree:
        english = page.get_translation(locales["en"])
        assert english.live, page
        assert english.title == reversed_words(page.title)
        assert admin_client.get(english.url).status_code == 200
        assert english.url.startswith("/en/")


def test_the_english_page_follows_a_changed_source_after_sync(
    admin_client, tree, locales, translate_whole_tree, django_capture_on_commit_callbacks
):
    organisation = tree[4]
    translate_whole_tree(tree[0])
    organisation = OrganisationPage.objects.get(pk=organisation.pk)
    organisation.mission = "Nowa misja fundacji"
    organisation.save_revision().publish()
    source = TranslationSource.objects.get(object_id=organisation.translation_key)

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]),
            {"use_machine_translation": "on", "publish_translations": "on"},
        )

    assert response.status_code == 302
    english = organisation.get_translation(locales["en"]).specific
    assert english.mission == "fundacji misja Nowa"
    assert "fundacji misja Nowa" in admin_client.get(english.url).content.decode()


def test_translated_organisation_pages_keep_their_registry_numbers_synchronised(
    tree, locales, translate_whole_tree
):
    organisation = OrganisationPage.objects.get(pk=tree[4].pk)
    organisation.nip = "5260250995"
    organisation.save_revision().publish()

    translate_whole_tree(tree[0])

    assert organisation.get_translation(locales["en"]).specific.nip == "5260250995"


def test_language_switcher_links_to_the_translation(
    admin_client, tree, locales, translate_whole_tree
):
    translate_whole_tree(tree[0])
    organisation = Page.objects.get(pk=tree[4].pk)
    english = organisation.get_translation(locales["en"])

    polish_html = admin_client.get(organisation.url).content.decode()
    english_html = admin_client.get(english.url).content.decode()

    assert f'href="{english.url}" hreflang="en"' in polish_html
    assert f'href="{organisation.url}" hreflang="pl"' in english_html
    assert '<html lang="en">' in english_html
    assert '<html lang="pl">' in polish_html
    assert f'hreflang="en" href="http://localhost{english.url}"' in polish_html


def test_the_switcher_on_a_search_keeps_the_same_search_in_the_other_language(
    client, translated_network, settings
):
    settings.SEARCH_URL = ""

    html = client.get("/szukaj/?q=ksi%C4%99gowa").content.decode()

    assert 'href="/en/search/?q=ksi%C4%99gowa" hreflang="en"' in html
