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

from wagtail.log_actions import log
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from pages.models import OrganisationPage, OrganisationWorkspace
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


def workspace_of(organisation: OrganisationPage) -> OrganisationWorkspace | None:
    workspaces = OrganisationWorkspace.objects.filter(translation_key=organisation.translation_key)
    return workspaces.first()


def apply_network_review(organisation: OrganisationPage) -> None:
    """Make the sections' workflows match the organisation's standing: reviewed unless it is
    a trusted member. An organisation without a workspace is left as it is."""
    workspace = workspace_of(organisation)
    if workspace is None:
        return
    if workspace.trusted_member:
        disable_network_review(organisation)
    else:
        enable_network_review(organisation)


@transaction.atomic
def set_trusted_member(*, workspace: OrganisationWorkspace, trusted: bool, user) -> bool:
    """Switch an organisation's standing and its sections' workflows together, written to
    Wagtail's log on the organisation's page (its History). False if nothing changed."""
    workspace = OrganisationWorkspace.objects.select_for_update().get(pk=workspace.pk)
    if workspace.trusted_member == trusted:
        return False
    workspace.trusted_member = trusted
    workspace.save(update_fields=["trusted_member"])
    organisations = OrganisationPage.objects.filter(translation_key=workspace.translation_key)
    for organisation in organisations:
        apply_network_review(organisation)
    action = "siec.network.trusted" if trusted else "siec.network.review_required"
    for organisation in organisations:
        log(instance=organisation, action=action, user=user)
    return True


def section_created(sender, instance, created, raw=False, **kwargs):
    """A jobs or volunteering section added later (or a translation of one) under an
    organisation that is not trusted is reviewed from its first posting."""
    models = tuple(registered_subpage_models(OrganisationPage))
    if not created or raw or not models or not isinstance(instance, models):
        return
    organisation = OrganisationPage.objects.ancestor_of(instance).first()
    if organisation is not None:
        apply_network_review(organisation)
