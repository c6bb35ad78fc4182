"""The "Network review" workflow: network coordinators approve an organisation's job postings
and volunteer offers before they go live, per organisation, switchable off for trusted ones.

Wagtail's own workflow (a GroupApprovalTask for settings.SIEC_NETWORK_COORDINATORS_GROUP),
applied with WorkflowPage to the organisation's plugin sections: the pages a plugin allows
under OrganisationPage (pages.registry.allow_subpage: the jobs index, the volunteering
index), so the core names no plugin. WorkflowPage rather than WorkflowContentType because a
content type's workflow holds for every organisation at once, and trusted members must be
able to leave it; a WorkflowPage on the sections covers exactly one organisation's postings
and offers and leaves its events and news alone. Reviewers use Wagtail's queue (the
dashboard's "Awaiting your review", Reports → Workflows), approve or request changes with a
comment; Wagtail e-mails the submitter the outcome.

Wagtail lets anyone with publish permission publish past a workflow, and organisation editors
hold it on their organisation's subtree (pages.workspaces): pages.moderation_hooks takes the
Publish action away from them on reviewed sections and refuses it if posted anyway."""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction

from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from pages.models import OrganisationPage
from pages.registry import registered_subpage_models

# Wagtail offers "Submit to <name>" ("Wyślij do <name>"): the name reads on after "do".
WORKFLOW_NAME = "koordynatorów sieci (Network review)"
TASK_NAME = "Akceptacja koordynatorów sieci (Network coordinators' approval)"


def coordinators_group() -> Group:
    group, _created = Group.objects.get_or_create(name=settings.SIEC_NETWORK_COORDINATORS_GROUP)
    # Reviewers work in the admin: its queue and the review screens.
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    return group


@transaction.atomic
def network_review_workflow() -> Workflow:
    """The one "Network review" workflow, created on first use."""
    group = coordinators_group()
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(group)
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def reviewed_sections(organisation: OrganisationPage) -> list[Page]:
    """The organisation's plugin sections, in every language."""
    models = tuple(registered_subpage_models(OrganisationPage))
    sections = []
    for translation in organisation.get_translations(inclusive=True):
        sections += [
            child
            for child in translation.get_children().specific()
            if models and isinstance(child, models)
        ]
    return sections


def _publish_permission() -> Permission:
    return Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")


@transaction.atomic
def enable_network_review(organisation: OrganisationPage) -> None:
    """Hold the organisation's postings and offers for review. Wagtail publishes an approved
    page as its approver, so coordinators may publish on these sections (and nowhere else)."""
    workflow = network_review_workflow()
    group = coordinators_group()
    for section in reviewed_sections(organisation):
        WorkflowPage.objects.update_or_create(page=section, defaults={"workflow": workflow})
        GroupPagePermission.objects.get_or_create(
            group=group, page=section, permission=_publish_permission()
        )


@transaction.atomic
def disable_network_review(organisation: OrganisationPage) -> None:
    pages = reviewed_sections(organisation)
    WorkflowPage.objects.filter(page__in=pages, workflow__name=WORKFLOW_NAME).delete()
    GroupPagePermission.objects.filter(
        group__name=settings.SIEC_NETWORK_COORDINATORS_GROUP,
        page__in=pages,
        permission=_publish_permission(),
    ).delete()


def is_under_network_review(page: Page | None) -> bool:
    """Whether publishing `page` (or a new page below it) waits for the network's review."""
    if page is None:
        return False
    workflow = page.get_workflow()
    return workflow is not None and workflow.name == WORKFLOW_NAME


def may_publish_past_review(user) -> bool:
    return (
        user.is_superuser
        or user.groups.filter(name=settings.SIEC_NETWORK_COORDINATORS_GROUP).exists()
    )
