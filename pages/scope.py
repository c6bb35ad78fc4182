"""Who may reach what in the admin: one organisation's editors never reach another's objects.

Two forms of the same rule, so every extension point can use the one it needs:
`user_may_reach(user, obj)` for one object (middleware, before-hooks, form validation) and
`reachable(user, model)` for a queryset (admin API, bulk actions, choosers, listings).

Objects are scoped by what they belong to: pages by the organisation subtree they are in,
images and documents by Wagtail's collection permissions (each organisation has its own
collection), records of plugins by their OrganisationScopedPolicy, users by the editors
groups they share with the requesting user, collections by the organisation that owns
them. Models with none of these (the network-wide vocabularies, snippets) follow Wagtail's
own permission checks.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page
from wagtail.permissions import policy_registry

from pages.models import OrganisationWorkspace
from pages.permissions import OrganisationScopedPolicy
from pages.workspaces import exclude_foreign_organisations, user_may_reach_page

MEDIA_PERMISSIONS = ["change", "delete", "choose"]


def _media_models() -> tuple[type, type]:
    return get_image_model(), get_document_model()


def _foreign_collection_paths(user) -> list[str]:
    return list(
        OrganisationWorkspace.objects.exclude(group__user=user).values_list(
            "collection__path", flat=True
        )
    )


def _fellow_editors(user) -> QuerySet:
    """The user and the members of the editors groups they belong to."""
    shared = user.groups.filter(workspace__isnull=False)
    return get_user_model()._default_manager.filter(Q(pk=user.pk) | Q(groups__in=shared))


def reachable(user, model) -> QuerySet:
    """The model's rows this user may see or act on in the admin."""
    manager = model._default_manager
    if user.is_superuser:
        return manager.all()
    if not user.is_authenticated or not user.is_active:
        return manager.none()
    if issubclass(model, Page):
        return exclude_foreign_organisations(manager.all(), user)
    if issubclass(model, _media_models()):
        policy = policy_registry.get_by_type(model)
        return policy.instances_user_has_any_permission_for(user, MEDIA_PERMISSIONS)
    if issubclass(model, Collection):
        condition = Q()
        for path in _foreign_collection_paths(user):
            condition |= Q(path__startswith=path)
        return manager.exclude(condition) if condition else manager.all()
    if issubclass(model, get_user_model()):
        return manager.filter(pk__in=_fellow_editors(user).values("pk"))
    policy = policy_registry.get_by_type(model)
    if isinstance(policy, OrganisationScopedPolicy):
        return manager.filter(
            pk__in=policy.instances_user_has_any_permission_for(
                user, ["view", "change", "delete"]
            ).values("pk")
        )
    return manager.all()


def user_may_reach(user, obj) -> bool:
    """Whether the object may be shown to or acted on by this user; None (nothing found)
    has nothing to show."""
    if obj is None or user.is_superuser:
        return True
    if not user.is_authenticated or not user.is_active:
        return False
    if isinstance(obj, Page):
        return user_may_reach_page(user, obj)
    if isinstance(obj, Collection):
        return not any(obj.path.startswith(path) for path in _foreign_collection_paths(user))
    if isinstance(obj, _media_models()):
        policy = policy_registry.get_by_type(type(obj))
        return policy.user_has_any_permission_for_instance(user, MEDIA_PERMISSIONS, obj)
    if isinstance(obj, get_user_model()):
        return _fellow_editors(user).filter(pk=obj.pk).exists()
    policy = policy_registry.get_by_type(type(obj))
    if isinstance(policy, OrganisationScopedPolicy):
        return policy.may_reach(user, obj)
    return True
