"""Admin permission policy for records that belong to an organisation through a page.

Conference registrations, job applications and volunteer interests all hang off a page inside
an organisation's subtree. Editors hold the model permission through their organisation's
group, and this policy narrows every check to records under their own organisations.
"""

from wagtail.admin.views import generic
from wagtail.permission_policies.base import ModelPermissionPolicy

from pages.exports import FormulaSafeExportMixin
from pages.workspaces import organisation_pages_filter


class OrganisationScopedPolicy(ModelPermissionPolicy):
    def __init__(self, model, *, page_path_field: str):
        super().__init__(model)
        self.page_path_field = page_path_field

    def in_scope(self, user, instance) -> bool:
        return (
            self.model._default_manager.filter(pk=instance.pk)
            .filter(organisation_pages_filter(user, field=self.page_path_field))
            .exists()
        )

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and self.in_scope(user, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions) and self.in_scope(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        return self.model._default_manager.filter(
            organisation_pages_filter(user, field=self.page_path_field)
        )

    def instances_user_has_permission_for(self, user, action):
        return self.instances_user_has_any_permission_for(user, [action])


def own_pages_choices(model, *, order_by: str):
    """A callable for a filter's queryset: the model's pages within the requesting editor's
    organisations, so a filter drop-down never names another organisation's pages."""

    def queryset(request):
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
