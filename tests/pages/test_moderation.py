"""The "Network review" workflow (pages.moderation): a new organisation's posting waits for
the network coordinators, goes live on their approval, and its editor is told by e-mail."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.core import mail

from wagtail.models import WorkflowState

import pytest

from jobs.factories import JobIndexPageFactory, JobPostingPageFactory
from pages.models import OrganisationWorkspace
from pages.moderation import (
    disable_network_review,
    enable_network_review,
    is_under_network_review,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def reviewed(organisation, django_user_model):
    index = JobIndexPageFactory(parent=organisation)
    enable_network_review(organisation)
    editor = django_user_model.objects.create_user("redaktor", "redaktor@example.org", "pw")
    editor.groups.add(
        OrganisationWorkspace.objects.get(translation_key=organisation.translation_key).group
    )
    coordinator = django_user_model.objects.create_user("koordynator", "k@example.org", "pw")
    coordinator.groups.add(Group.objects.get(name=settings.SIEC_NETWORK_COORDINATORS_GROUP))
    return {"index": index, "editor": editor, "coordinator": coordinator}


def test_a_posting_by_an_organisation_editor_waits_for_review_and_goes_live_on_approval(
    client, reviewed
):
    editor, coordinator = reviewed["editor"], reviewed["coordinator"]
    posting = JobPostingPageFactory(parent=reviewed["index"], live=False)
    posting.save_revision(user=editor)
    client.force_login(editor)

    direct = client.post(f"/admin/pages/{posting.pk}/edit/", {"action-publish": "1"})
    posting.refresh_from_db()
    published_directly = posting.live
    state = posting.get_workflow().start(posting, editor)
    posting.refresh_from_db()
    waiting = posting.live
    task_state = state.current_task_state
    task_state.task.on_action(task_state, coordinator, "approve", comment="Dobrze.")
    posting.refresh_from_db()

    # Wagtail's admin answers a PermissionDenied with a redirect and an error message.
    assert direct.status_code == 302
    assert not published_directly
    assert not waiting
    assert posting.live
    assert WorkflowState.objects.get(pk=state.pk).status == WorkflowState.STATUS_APPROVED
    assert any(editor.email in message.to for message in mail.outbox)


def test_the_edit_screen_offers_an_editor_submission_not_publication(
    client, reviewed, organisation
):
    posting = JobPostingPageFactory(parent=reviewed["index"], live=False)
    client.force_login(reviewed["editor"])

    html = client.get(f"/admin/pages/{posting.pk}/edit/").content.decode()
    new_event = client.get(
        f"/admin/pages/add/pages/conferencepage/{organisation.pk}/"
    ).content.decode()

    assert 'name="action-publish"' not in html
    assert 'name="action-submit"' in html
    assert 'name="action-publish"' in new_event


def test_a_trusted_organisation_switched_off_publishes_without_review(reviewed, organisation):
    posting = JobPostingPageFactory(parent=reviewed["index"], live=False)

    disable_network_review(organisation)

    assert not is_under_network_review(posting)


def test_an_organisations_events_are_not_reviewed(reviewed, organisation):
    assert not is_under_network_review(organisation)


def test_a_coordinator_opens_a_posting_waiting_for_review_in_the_admin(client, reviewed):
    posting = JobPostingPageFactory(parent=reviewed["index"], live=False)
    posting.save_revision(user=reviewed["editor"])
    posting.get_workflow().start(posting, reviewed["editor"])
    client.force_login(reviewed["coordinator"])

    response = client.get(f"/admin/pages/{posting.pk}/edit/")

    assert response.status_code == 200
