"""Admin permission policy for records that belong to an organisation through a page.

Conference registrations, job applications and volunteer interests all hang off a page inside
an organisation's subtree. Editors hold the model permission through their organisation's
group, and this policy narrows every check to records under their own organisations.

Network coordinators (settings.SIEC_NETWORK_COORDINATORS_GROUP) read every organisation's
records of a policy made with `network_readable=True` (job applications, volunteers'
interests) and change none: "view" holds for them on every such instance, whatever their model
permissions; every other action stays their own organisations' (as an editor's). Records not
opened to the network (volunteers' child-protection checks, say) stay the organisation's own.
Any error while finding out denies.
"""

from django.conf import settings

from wagtail.admin.views import generic
from wagtail.permission_policies.base import ModelPermissionPolicy

from pages.exports import FormulaSafeExportMixin
from pages.workspaces import organisation_pages_filter

READ = "view"


def reads_whole_network(user) -> bool:
    """A network coordinator (or superuser): may read every organisation's records."""
    try:
        return bool(
            user.is_active
            and (
                user.is_superuser
                or user.groups.filter(name=settings.SIEC_NETWORK_COORDINATORS_GROUP).exists()
            )
        )
    except Exception:  # fail closed
        return False


class OrganisationScopedPolicy(ModelPermissionPolicy):
    def __init__(self, model, *, page_path_field: str, network_readable: bool = False):
        super().__init__(model)
        self.page_path_field = page_path_field
        self.network_readable = network_readable

    def reads_all(self, user) -> bool:
        return self.network_readable and reads_whole_network(user)

    def in_scope(self, user, instance) -> bool:
        return (
            self.model._default_manager.filter(pk=instance.pk)
            .filter(organisation_pages_filter(user, field=self.page_path_field))
            .exists()
        )

    def may_reach(self, user, instance) -> bool:
        """Whether the record may be shown at all (pages.scope): the actions are checked
        again by the views, through the methods below."""
        return self.reads_all(user) or self.in_scope(user, instance)

    def user_has_permission(self, user, action):
        if action == READ and self.reads_all(user):
            return True
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        if action == READ and self.reads_all(user):
            return True
        return super().user_has_permission(user, action) and self.in_scope(user, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(
            self.user_has_permission_for_instance(user, action, instance) for action in actions
        )

    def instances_user_has_any_permission_for(self, user, actions):
        if READ in actions and self.reads_all(user):
            return self.model._default_manager.all()
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        return self.model._default_manager.filter(
            organisation_pages_filter(user, field=self.page_path_field)
        )

    def instances_user_has_permission_for(self, user, action):
        return self.instances_user_has_any_permission_for(user, [action])


def own_pages_choices(model, *, order_by: str):
    """A callable for a filter's queryset: the model's pages within the requesting editor's
    organisations (every organisation's, for a network coordinator), so a filter drop-down never
    names a page whose records the user may not read."""

    def queryset(request):
        if reads_whole_network(request.user):  # they read every organisation's records
            return model.objects.order_by(order_by)
        return model.objects.filter(organisation_pages_filter(request.user, field="path")).order_by(
            order_by
        )

    return queryset


class OrganisationScopedIndexView(FormulaSafeExportMixin, generic.IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .filter(
                pk__in=self.permission_policy.instances_user_has_any_permission_for(
                    self.request.user, ["view", "change", "delete"]
                ).values("pk")
            )
        )
