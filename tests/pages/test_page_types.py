import datetime

from django.urls import reverse

from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from pages.factories import (
    ConferencePageFactory,
    ContentPageFactory,
    NetworkHomePageFactory,
    OrganisationPageFactory,
    ProgrammePageFactory,
)
from pages.models import (
    ConferenceIndexPage,
    ConferencePage,
    ContentPage,
    NetworkHomePage,
    OrganisationIndexPage,
    OrganisationPage,
    ProgrammeIndexPage,
    ProgrammePage,
)

pytestmark = pytest.mark.django_db

ALLOWED_PARENTS = {
    NetworkHomePage: {Page},
    OrganisationIndexPage: {NetworkHomePage},
    ProgrammeIndexPage: {NetworkHomePage},
    ConferenceIndexPage: {NetworkHomePage},
    OrganisationPage: {OrganisationIndexPage},
    ProgrammePage: {OrganisationPage},
    ConferencePage: {OrganisationPage},
    ContentPage: {NetworkHomePage, OrganisationPage, ProgrammePage, ContentPage},
}
ALL_TYPES = [Page, *ALLOWED_PARENTS]


@pytest.mark.parametrize("child", list(ALLOWED_PARENTS))
@pytest.mark.parametrize("parent", ALL_TYPES)
def test_each_page_type_can_be_created_only_under_its_allowed_parents(parent, child):
    allowed = (
        child in parent.allowed_subpage_models() and parent in child.allowed_parent_page_models()
    )

    assert allowed == (parent in ALLOWED_PARENTS[child])


@pytest.fixture
def every_page(home, organisation_index, programme_index, conference_index, organisation):
    programme = ProgrammePageFactory(parent=organisation)
    return [
        home,
        organisation_index,
        programme_index,
        conference_index,
        organisation,
        programme,
        ConferencePageFactory(parent=organisation, with_form=True),
        ContentPageFactory(parent=organisation),
        ContentPageFactory(parent=programme),
    ]


def test_every_page_type_is_routable_and_renders(client, every_page):
    for page in every_page:
        response = client.get(page.url)

        assert response.status_code == 200, page
        assert page.title in response.content.decode()


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("root", "root@example.org", "pw")
    client.force_login(user)
    return client


def _organisation_form(**overrides):
    data = {
        "title": "Fundacja Nowa",
        "slug": "fundacja-nowa",
        "legal_form": "FOUNDATION",
        "mission": "Misja.",
        "short_name": "FN",
        "body": streamfield([]),
        "impact_figures": streamfield([]),
        "timeline": streamfield([]),
        "accreditations": streamfield([]),
        "memberships": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0},
        "areas_of_work": "",
        "krs": "",
        "nip": "",
        "regon": "",
    }
    data.update(overrides)
    return nested_form_data(data)


def _add_url(model, parent):
    return reverse(
        "wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, parent.pk)
    )


def test_an_organisation_created_in_the_admin_gets_normalised_registry_numbers(
    admin_client, organisation_index
):
    response = admin_client.post(
        _add_url(OrganisationPage, organisation_index),
        _organisation_form(krs="0000123456", nip="526-025-09-95", regon="123456785"),
    )

    assert response.status_code == 302
    created = OrganisationPage.objects.get(slug="fundacja-nowa")
    assert (created.krs, created.nip, created.regon) == ("0000123456", "5260250995", "123456785")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("krs", "12345", "KRS"),
        ("nip", "5260250994", "NIP"),
        ("regon", "123456789", "REGON"),
    ],
)
def test_bad_registry_numbers_give_form_errors_not_server_errors(
    admin_client, organisation_index, field, value, message
):
    response = admin_client.post(
        _add_url(OrganisationPage, organisation_index), _organisation_form(**{field: value})
    )

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not OrganisationPage.objects.filter(slug="fundacja-nowa").exists()


def test_an_end_date_before_the_start_gives_a_form_error(admin_client, organisation):
    form = nested_form_data(
        {
            "title": "Program",
            "slug": "program",
            "summary": "Opis.",
            "start_date": "2024-05-01",
            "end_date": "2024-04-30",
            "goals": streamfield([]),
            "activities": streamfield([]),
            "target_groups": streamfield([]),
            "partners": streamfield([]),
            "places": streamfield([]),
            "body": streamfield([("paragraph", rich_text("<p>x</p>"))]),
            "tags": "",
        }
    )

    response = admin_client.post(_add_url(ProgrammePage, organisation), form)

    assert response.status_code == 200
    assert "nie może być wcześniejsza niż data rozpoczęcia" in response.content.decode()
    assert not ProgrammePage.objects.exists()


def test_an_event_that_ends_before_it_starts_is_refused(organisation):
    start = datetime.datetime(2026, 12, 3, 10, tzinfo=datetime.UTC)
    conference = ConferencePageFactory.build(
        start_at=start, end_at=start - datetime.timedelta(hours=1)
    )

    with pytest.raises(Exception) as error:
        organisation.add_child(instance=conference)

    assert "end_at" in str(error.value)


def test_organisation_factory_builds_valid_pages(organisation_index):
    page = OrganisationPageFactory(parent=organisation_index)

    page.full_clean()


@pytest.fixture
def parents(every_page, locales):
    (
        _home,
        organisation_index,
        programme_index,
        conference_index,
        organisation,
        programme,
        conference,
        content,
        _,
    ) = every_page
    # A second, empty home page, so "one index per home" does not hide the allowed case.
    empty_home = NetworkHomePageFactory(parent=Page.get_first_root_node(), locale=locales["en"])
    return {
        Page: Page.get_first_root_node(),
        NetworkHomePage: empty_home,
        OrganisationIndexPage: organisation_index,
        ProgrammeIndexPage: programme_index,
        ConferenceIndexPage: conference_index,
        OrganisationPage: organisation,
        ProgrammePage: programme,
        ConferencePage: conference,
        ContentPage: content,
    }


def test_the_admin_offers_each_page_type_only_under_its_allowed_parents(admin_client, parents):
    wrong = []

    for child, allowed_parents in ALLOWED_PARENTS.items():
        for parent_type, parent in parents.items():
            response = admin_client.get(_add_url(child, parent))
            expected = parent_type in allowed_parents
            if (response.status_code == 200) != expected:
                wrong.append(
                    f"{child.__name__} under {parent_type.__name__}: {response.status_code}"
                )

    assert wrong == []
