"""Review on by default for organisations that join, and the coordinators' switch that makes
a member trusted (pages.moderation.set_trusted_member, the "Trusted members" admin)."""

from django.conf import settings
from django.contrib.auth.models import Group

from wagtail.models import Page, PageLogEntry

import pytest

from jobs.factories import JobIndexPageFactory, JobPostingPageFactory
from pages.factories import MembershipApplicationFactory
from pages.joining import services
from pages.models import OrganisationWorkspace
from pages.moderation import is_under_network_review

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(django_user_model, organisation_index):
    user = django_user_model.objects.create_user("koordynatorka", "k@example.org", "pw")
    user.groups.add(Group.objects.get(name=settings.SIEC_NETWORK_COORDINATORS_GROUP))
    return user


@pytest.fixture
def new_member(coordinator):
    application = MembershipApplicationFactory()
    return services.approve_application(
        application=application, user=coordinator, message="", now=application.created_at
    )


def workspace_of(organisation) -> OrganisationWorkspace:
    return OrganisationWorkspace.objects.get(translation_key=organisation.translation_key)


def editor_of(organisation, django_user_model):
    user = django_user_model.objects.create_user("redaktor", "redaktor@example.org", "pw")
    user.groups.add(workspace_of(organisation).group)
    return user


def test_a_section_added_later_under_an_organisation_that_joined_is_reviewed(new_member):
    index = JobIndexPageFactory(parent=new_member)

    posting = JobPostingPageFactory(parent=index, live=False)

    assert not workspace_of(new_member).trusted_member
    assert is_under_network_review(index)
    assert is_under_network_review(posting)


def test_an_organisation_the_network_set_up_itself_stays_trusted(organisation):
    index = JobIndexPageFactory(parent=organisation)

    assert workspace_of(organisation).trusted_member
    assert not is_under_network_review(index)


def test_no_page_is_left_to_wagtails_default_moderators_workflow(organisation):
    index = JobIndexPageFactory(parent=organisation)

    assert Page.get_first_root_node().get_workflow() is None
    assert index.get_workflow() is None


def test_a_coordinator_marks_a_member_trusted_and_wagtails_log_records_it(
    client, coordinator, new_member
):
    index = JobIndexPageFactory(parent=new_member)
    workspace = workspace_of(new_member)
    client.force_login(coordinator)

    listing = client.get("/admin/trusted_members/")
    response = client.post(f"/admin/trusted_members/edit/{workspace.pk}/", {"trusted_member": "on"})

    workspace.refresh_from_db()
    assert listing.status_code == 200 and new_member.title in listing.content.decode()
    # The organisation's name is the link to its switch, under the menu's own title.
    assert f'href="/admin/trusted_members/edit/{workspace.pk}/"' in listing.content.decode()
    assert "Zaufani członkowie" in listing.content.decode()
    assert response.status_code == 302
    assert workspace.trusted_member
    assert not is_under_network_review(index)
    entry = PageLogEntry.objects.get(page=new_member, action="siec.network.trusted")
    assert entry.user == coordinator


def test_a_coordinator_puts_a_trusted_member_back_under_review(client, coordinator, organisation):
    index = JobIndexPageFactory(parent=organisation)
    client.force_login(coordinator)

    client.post(f"/admin/trusted_members/edit/{workspace_of(organisation).pk}/", {})

    assert not workspace_of(organisation).trusted_member
    assert is_under_network_review(index)
    assert PageLogEntry.objects.filter(
        page=organisation, action="siec.network.review_required"
    ).exists()


def test_an_organisation_editor_cannot_make_their_own_organisation_trusted(
    client, new_member, django_user_model
):
    client.force_login(editor_of(new_member, django_user_model))
    url = f"/admin/trusted_members/edit/{workspace_of(new_member).pk}/"

    listing = client.get("/admin/trusted_members/")
    response = client.post(url, {"trusted_member": "on"})

    assert listing.status_code in (302, 403)
    assert response.status_code in (302, 403)
    assert not workspace_of(new_member).trusted_member


def test_an_editor_of_a_new_member_cannot_publish_a_new_posting_past_review(
    client, new_member, django_user_model
):
    index = JobIndexPageFactory(parent=new_member)
    client.force_login(editor_of(new_member, django_user_model))

    response = client.post(
        f"/admin/pages/add/jobs/jobpostingpage/{index.pk}/",
        {"action-publish": "1", "title": "Księgowa", "slug": "ksiegowa"},
    )

    assert response.status_code == 302
    assert not index.get_children().live().exists()


def test_the_coordinators_group_holds_its_permissions_straight_after_the_first_migrate():
    group = Group.objects.get(name=settings.SIEC_NETWORK_COORDINATORS_GROUP)

    codenames = set(group.permissions.values_list("codename", flat=True))

    assert {"change_membershipapplication", "change_organisationworkspace"} <= codenames
