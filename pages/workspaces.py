"""Per-organisation editing: one editors group and one media collection per organisation.

Editors of an organisation get page permissions on its subtree in every locale and
permissions on its own collection, and nothing else. `admin_scope` closes the admin views
that Wagtail leaves open to any editor (copy, choosers, revisions by URL).
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Q

from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from pages.defaults import ensure_organisation_defaults
from pages.memo import memo
from pages.models import OrganisationPage, OrganisationWorkspace
from pages.registry import organisation_editor_permissions

PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
COLLECTION_PERMISSIONS = {
    "wagtailimages": ["add_image", "change_image", "choose_image", "delete_image"],
    "wagtaildocs": ["add_document", "change_document", "choose_document", "delete_document"],
}
EXTRA_GROUP_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("pages", "view_conferenceregistration"),
    ("pages", "change_conferenceregistration"),
    ("pages", "delete_conferenceregistration"),
    # Their own organisation's defaults only: OrganisationScopedPolicy narrows it.
    ("pages", "view_organisationdefaults"),
    ("pages", "change_organisationdefaults"),
]


def _unique_group_name(base: str) -> str:
    base = base[:140]
    name, suffix = base, 2
    while Group.objects.filter(name=name).exists():
        name, suffix = f"{base} ({suffix})", suffix + 1
    return name


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@transaction.atomic
def ensure_organisation_workspace(*, organisation: OrganisationPage) -> OrganisationWorkspace:
    """Create the organisation's group and collection if missing, and grant the group its
    permissions on every translation of the organisation page. Safe to run repeatedly."""
    workspace = (
        OrganisationWorkspace.objects.select_for_update()
        .filter(translation_key=organisation.translation_key)
        .first()
    )
    label = organisation.short_name or organisation.title
    if workspace is None:
        group = Group.objects.create(name=_unique_group_name(f"{label} – redakcja"))
        root = Collection.get_first_root_node() or Collection.add_root(name="Root")
        collection = root.add_child(name=_unique_collection_name(root, label))
        workspace = OrganisationWorkspace.objects.create(
            translation_key=organisation.translation_key, group=group, collection=collection
        )
    group = workspace.group
    granted = [*EXTRA_GROUP_PERMISSIONS, *organisation_editor_permissions()]
    group.permissions.add(*(_permission(app, code) for app, code in granted))
    for app_label, codenames in COLLECTION_PERMISSIONS.items():
        for codename in codenames:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=workspace.collection,
                permission=_permission(app_label, codename),
            )
    ensure_organisation_defaults(organisation=organisation)
    for page in organisation.get_translations(inclusive=True):
        for codename in PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=_permission("wagtailcore", codename)
            )
    return workspace


def _unique_collection_name(root: Collection, label: str) -> str:
    name, suffix = label[:240], 2
    while root.get_children().filter(name=name).exists():
        name, suffix = f"{label[:230]} ({suffix})", suffix + 1
    return name


def ensure_all_workspaces() -> int:
    count = 0
    for organisation in OrganisationPage.objects.all():
        ensure_organisation_workspace(organisation=organisation)
        count += 1
    return count


def workspace_keys_for_user(user) -> set:
    """Translation keys of the organisations whose editors group the user belongs to."""
    if not user.is_authenticated:
        return set()
    return memo(
        user,
        "workspace_keys",
        lambda: set(
            OrganisationWorkspace.objects.filter(group__user=user).values_list(
                "translation_key", flat=True
            )
        ),
    )


def foreign_organisation_paths(user) -> list[str]:
    """Tree paths of every organisation page (any locale) the user does not edit."""
    keys = workspace_keys_for_user(user)
    return list(
        OrganisationPage.objects.exclude(translation_key__in=keys).values_list("path", flat=True)
    )


def user_may_reach_page(user, page: Page) -> bool:
    """Pages outside any organisation follow Wagtail's own permissions; pages inside an
    organisation are reachable only by that organisation's editors (and superusers), and by
    a group given a page permission below the organisation page itself."""
    if user.is_superuser:
        return True
    organisation = (
        OrganisationPage.objects.ancestor_of(page, inclusive=True)
        .only("translation_key", "depth")
        .first()
    )
    if organisation is None or organisation.translation_key in workspace_keys_for_user(user):
        return True
    # A permission granted on purpose inside the organisation opens that part of it: the
    # network coordinators' on a section under the network's review (pages.moderation), so
    # they can open a posting to approve it.
    return GroupPagePermission.objects.filter(
        group__user=user,
        page__in=Page.objects.ancestor_of(page, inclusive=True).filter(
            depth__gt=organisation.depth
        ),
    ).exists()


def exclude_foreign_organisations(queryset, user):
    if user.is_superuser:
        return queryset
    condition = Q()
    for path in foreign_organisation_paths(user):
        condition |= Q(path__startswith=path)
    return queryset.exclude(condition) if condition else queryset


def organisation_pages_filter(user, *, field: str) -> Q:
    """A Q over a relation to pages (e.g. `conference__path`) limiting it to the user's
    organisations; superusers see all."""
    if user.is_superuser:
        return Q()
    keys = workspace_keys_for_user(user)
    condition = Q(pk__in=[])
    for path in OrganisationPage.objects.filter(translation_key__in=keys).values_list(
        "path", flat=True
    ):
        condition |= Q(**{f"{field}__startswith": path})
    return condition


def organisation_editors(organisation: OrganisationPage):
    """Active users in the organisation's editors group (shared by all its translations)."""
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(
        groups__workspace__translation_key=organisation.translation_key, is_active=True
    )


def organisation_editor_emails(page: Page) -> list[str]:
    """Where to write about a page inside an organisation: its editors' addresses."""
    organisation = OrganisationPage.objects.ancestor_of(page, inclusive=True).first()
    if organisation is None:
        return []
    return list(
        organisation_editors(organisation)
        .exclude(email="")
        .order_by("email")
        .values_list("email", flat=True)
        .distinct()
    )
