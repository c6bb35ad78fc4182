"""Menus, language links, the child-route map and the private sections are cached under the
tree's versions (pages.cache.TREE, SHAPE and a page's local topics), not the content version
every publish bumps: republishing a page with a new text keeps them, a new posting deep in the
tree keeps what every page sees, and each change still shows at once where it is shown."""

from wagtail.models import PageViewRestriction

import pytest

from jobs.factories import JobIndexPageFactory, JobPostingPageFactory
from pages.cache import SHAPE, TREE, topic_version
from pages.factories import OrganisationPageFactory
from pages.models.routing import _child_by_map as child_by_map

pytestmark = pytest.mark.django_db


def tree() -> int:
    return topic_version(TREE)


def shape() -> int:
    return topic_version(SHAPE)


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
    assert 'rel="alternate" hreflang="en"' not in client.get(organisation.url).content.decode()

    in_english(organisation)

    assert 'rel="alternate" hreflang="en"' in client.get(organisation.url).content.decode()


def test_a_new_child_joins_its_parents_cached_route_map(organisation):
    job_index = JobIndexPageFactory(parent=organisation, slug="praca")
    assert child_by_map(job_index, "ksiegowa") is None

    posting = JobPostingPageFactory(parent=job_index, slug="ksiegowa")

    assert child_by_map(job_index, "ksiegowa") == posting


def test_a_new_posting_deep_in_the_tree_keeps_the_shape_every_page_sees(organisation):
    job_index = JobIndexPageFactory(parent=organisation)
    before = shape()

    JobPostingPageFactory(parent=job_index)

    assert shape() == before


@pytest.mark.parametrize("field", ["title", "show_in_menus"])
def test_a_section_below_the_home_changes_the_shape(programme_index, published, field):
    published(programme_index)
    before = shape()

    setattr(programme_index, field, "Nasze programy" if field == "title" else True)
    programme_index.save_revision().publish()

    assert shape() != before


def test_a_new_slug_deep_in_the_tree_changes_the_shape(organisation, published):
    # Every page below it has a new address, and any page may link to them.
    published(organisation)
    before = shape()

    organisation.slug = "alfa-omega"
    organisation.save_revision().publish()

    assert shape() != before


def test_a_posting_links_its_new_translation_at_once(client, organisation, in_english):
    job_index = JobIndexPageFactory(parent=organisation)
    posting = JobPostingPageFactory(parent=job_index)
    in_english(job_index)
    assert 'rel="alternate" hreflang="en"' not in client.get(posting.url).content.decode()

    in_english(posting)

    assert 'rel="alternate" hreflang="en"' in client.get(posting.url).content.decode()


def test_unpublishing_a_page_with_pages_below_changes_the_shape(organisation, published):
    job_index = JobIndexPageFactory(parent=organisation)
    JobPostingPageFactory(parent=job_index)
    published(job_index)
    before = shape()

    job_index.unpublish()

    assert shape() != before


def test_unpublishing_a_page_deep_in_the_tree_keeps_the_shape(organisation):
    job_index = JobIndexPageFactory(parent=organisation)
    posting = JobPostingPageFactory(parent=job_index)
    before = shape()

    tree_before = tree()

    posting.unpublish()

    assert tree() != tree_before
    assert shape() == before
