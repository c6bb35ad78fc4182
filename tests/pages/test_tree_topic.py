"""Menus, language links, the child-route map and the private sections are cached under the
tree's version (pages.cache.TREE), not the content version every publish bumps: republishing a
page with a new text keeps them, and each change to the tree's shape still shows at once."""

from wagtail.models import PageViewRestriction

import pytest

from jobs.factories import JobIndexPageFactory, JobPostingPageFactory
from pages.cache import TREE, topic_version
from pages.factories import OrganisationPageFactory

pytestmark = pytest.mark.django_db


def tree() -> int:
    return topic_version(TREE)


def test_republishing_a_page_with_a_new_text_keeps_the_tree(organisation, published):
    published(organisation)
    before = tree()

    organisation.mission = "Uczymy dorosłych czytać i pisać."
    organisation.save_revision().publish()

    assert tree() == before


def test_a_draft_keeps_the_tree_even_with_a_new_title(organisation, published):
    published(organisation)
    before = tree()

    organisation.title = "Fundacja Alfa i Omega"
    organisation.save_revision()

    assert tree() == before


def test_a_page_saved_as_a_draft_from_the_start_keeps_the_tree(organisation_index):
    before = tree()

    OrganisationPageFactory(parent=organisation_index, slug="szkic", live=False)

    assert tree() == before


@pytest.mark.parametrize(
    ("field", "value"),
    [("title", "Fundacja Alfa i Omega"), ("slug", "alfa-omega"), ("show_in_menus", True)],
)
def test_publishing_a_new_title_slug_or_menu_flag_changes_the_tree(
    organisation, published, field, value
):
    published(organisation)
    before = tree()

    setattr(organisation, field, value)
    organisation.save_revision().publish()

    assert tree() != before


def test_a_new_live_page_changes_the_tree(organisation):
    job_index = JobIndexPageFactory(parent=organisation)
    before = tree()

    JobPostingPageFactory(parent=job_index)

    assert tree() != before


def test_unpublishing_changes_the_tree(organisation, published):
    published(organisation)
    before = tree()

    organisation.unpublish()

    assert tree() != before


def test_moving_changes_the_tree(organisation, other_organisation):
    job_index = JobIndexPageFactory(parent=organisation)
    before = tree()

    job_index.move(other_organisation, pos="last-child")

    assert tree() != before


def test_deleting_changes_the_tree(organisation):
    before = tree()

    organisation.delete()

    assert tree() != before


def test_a_view_restriction_changes_the_tree(organisation):
    before = tree()

    restriction = PageViewRestriction.objects.create(
        page=organisation, restriction_type=PageViewRestriction.LOGIN
    )
    after_adding = tree()
    restriction.delete()

    assert after_adding != before
    assert tree() != after_adding


def test_a_retitled_menu_section_shows_in_the_header_of_other_pages(
    client, programme_index, organisation, published
):
    programme_index.show_in_menus = True
    published(programme_index)
    assert ">Programy<" in client.get(organisation.url).content.decode()

    programme_index.title = "Nasze programy"
    programme_index.save_revision().publish()
    page = client.get(organisation.url).content.decode()

    assert ">Nasze programy<" in page
    assert ">Programy<" not in page


def test_a_published_translation_joins_the_language_links_at_once(
    client, organisation, published, in_english
):
    published(organisation)
    assert 'hreflang="en"' not in client.get(organisation.url).content.decode()

    in_english(organisation)

    assert 'hreflang="en"' in client.get(organisation.url).content.decode()


def test_a_new_child_is_served_at_once_after_its_parent_was_routed(client, organisation):
    job_index = JobIndexPageFactory(parent=organisation, slug="praca")
    assert client.get(job_index.url).status_code == 200
    assert client.get(job_index.url + "ksiegowa/").status_code == 404

    JobPostingPageFactory(parent=job_index, slug="ksiegowa")

    assert client.get(job_index.url + "ksiegowa/").status_code == 200
