"""Every public page type renders with at most 15 SQL queries, with the caches warm and cold
(the first request after a publish, benchmarks.queries), and the number does not grow with
the number of items listed: each page is counted with 10 items of every kind and again with
1,000 (built in bulk, as the benchmarks build them). `make bench-cold` prints the counts."""

import uuid

import pytest

from benchmarks.bulk import insert_pages, tree_fields
from benchmarks.queries import query_counts
from jobs.factories import (
    JobBoardPageFactory,
    JobCategoryFactory,
    JobIndexPageFactory,
    JobPostingPageFactory,
)
from pages.factories import ConferencePageFactory, OrganisationPageFactory, ProgrammePageFactory
from volunteering.factories import (
    CauseFactory,
    SkillFactory,
    VolunteerBoardPageFactory,
    VolunteerIndexPageFactory,
    VolunteerOfferPageFactory,
)

pytestmark = pytest.mark.django_db

BUDGET = 15
# Pages allowed more than BUDGET when cold, with the reason; none since the organisation
# page's own blocks and the directory follow their own versions (pages.cache topics).
COLD_OVER_BUDGET: dict[str, int] = {}


def clone_children(template, count: int) -> None:
    """`count` more live siblings of `template`, a copy of its own and specific fields."""
    parent = template.get_parent()
    model = type(template)
    skip = {"id", "page_ptr", "path", "depth", "numchild", "url_path", "slug", "translation_key"}
    fields = {
        field.attname: getattr(template, field.attname)
        for field in model._meta.concrete_fields
        if field.name not in skip and not field.primary_key
    }
    start = parent.numchild
    pages = []
    for offset in range(count):
        slug = f"kopia-{uuid.uuid4().hex[:12]}"
        page = model(**fields)
        for name, value in tree_fields(
            parent=parent, number=start + offset + 1, slug=slug, model=model
        ).items():
            setattr(page, name, value)
        pages.append(page)
    insert_pages(parent=parent, pages=pages, start=start)


@pytest.fixture
def network(
    home, organisation_index, programme_index, conference_index, organisation, logo, settings
):
    settings.SEARCH_URL = ""
    # With a logo, as the demo's organisations have: every card and header shows it.
    organisation.logo = logo
    organisation.save_revision().publish()
    job_board = JobBoardPageFactory(parent=home)
    volunteer_board = VolunteerBoardPageFactory(parent=home)
    category = JobCategoryFactory(name="Księgowość", slug="ksiegowosc")
    job_index = JobIndexPageFactory(parent=organisation)
    volunteer_index = VolunteerIndexPageFactory(parent=organisation)
    skill = SkillFactory(name="Oprowadzanie", slug="oprowadzanie")
    cause = CauseFactory(name="Dziedzictwo", slug="dziedzictwo")
    samples = {
        "posting": JobPostingPageFactory(parent=job_index, category=category),
        "offer": VolunteerOfferPageFactory(
            parent=volunteer_index, terms__causes=[cause], terms__required_skills=[skill]
        ),
        "programme": ProgrammePageFactory(parent=organisation),
        "conference": ConferencePageFactory(parent=organisation, with_form=True),
        "organisation": OrganisationPageFactory(parent=organisation_index),
    }
    pages = {
        "home": home.url,
        "job board": job_board.url,
        "job board, filtered": job_board.url + "?category=ksiegowosc&working_time=FULL_TIME",
        "volunteer board": volunteer_board.url,
        "organisations": organisation_index.url,
        "programmes": programme_index.url,
        "events": conference_index.url,
        "organisation": organisation.url,
        "organisation's jobs": job_index.url,
        "organisation's volunteering": volunteer_index.url,
        "job posting": samples["posting"].url,
        "volunteer offer": samples["offer"].url,
        "programme": samples["programme"].url,
        "conference": samples["conference"].url,
        "search": "/szukaj/?q=ksi%C4%99gowa",
    }

    def grow_to(count: int) -> None:
        for sample in samples.values():
            existing = type(sample).objects.child_of(sample.get_parent()).count()
            clone_children(type(sample).objects.get(pk=sample.pk), count - existing)

    return pages, grow_to


def test_public_pages_stay_within_the_query_budget_at_10_and_1000_items(client, network):
    pages, grow_to = network

    grow_to(10)
    few = {name: query_counts(client, path) for name, path in pages.items()}
    grow_to(1000)
    many = {name: query_counts(client, path) for name, path in pages.items()}

    over_budget = {
        name: counts
        for name, counts in many.items()
        if counts["warm"] > BUDGET or counts["cold"] > COLD_OVER_BUDGET.get(name, BUDGET)
    }
    growing = {name: (few[name], many[name]) for name in pages if few[name] != many[name]}
    assert not over_budget, over_budget
    assert not growing, growing
