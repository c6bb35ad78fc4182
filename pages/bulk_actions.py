"""Wagtail's bulk actions, limited to the objects the editor's organisation owns.

A bulk action reads its objects from `?id=` and lists those the user may not act on by
title ("you don't have permission to delete ..."), which named other organisations' pages,
images and documents. These subclasses look the ids up in `pages.scope.reachable`, so
another organisation's objects are neither listed nor acted on; they are registered after
Wagtail's own (a later registration of the same action replaces the earlier one), and the
`before_bulk_action` hook in `wagtail_hooks` refuses any action that still names one.
"""

from django.core.exceptions import ValidationError
from django.http import Http404

from wagtail.admin.views.pages import bulk_actions as page_actions
from wagtail.documents.views import bulk_actions as document_actions
from wagtail.images.views import bulk_actions as image_actions
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction as SnippetDeleteBulkAction
from wagtail.users.views import bulk_actions as user_actions

from pages.scope import reachable


class OrganisationScopedBulkAction:
    # An instance method in place of Wagtail's classmethod: the scope needs the request.
    def get_queryset(self, model, object_ids):
        try:
            objects = list(reachable(self.request.user, model).filter(pk__in=list(object_ids)))
        except (ValueError, TypeError, ValidationError) as error:
            raise Http404 from error
        if not objects:
            raise Http404
        return objects


WAGTAIL_BULK_ACTIONS = [
    page_actions.DeleteBulkAction,
    page_actions.MoveBulkAction,
    page_actions.PublishBulkAction,
    page_actions.UnpublishBulkAction,
    image_actions.AddTagsBulkAction,
    image_actions.AddToCollectionBulkAction,
    image_actions.DeleteBulkAction,
    document_actions.AddTagsBulkAction,
    document_actions.AddToCollectionBulkAction,
    document_actions.DeleteBulkAction,
    user_actions.AssignRoleBulkAction,
    user_actions.DeleteBulkAction,
    user_actions.SetActiveStateBulkAction,
    SnippetDeleteBulkAction,
]


def scoped(action_class: type) -> type:
    return type(
        f"OrganisationScoped{action_class.__name__}",
        (OrganisationScopedBulkAction, action_class),
        {"__module__": __name__},
    )


SCOPED_BULK_ACTIONS = [scoped(action_class) for action_class in WAGTAIL_BULK_ACTIONS]
