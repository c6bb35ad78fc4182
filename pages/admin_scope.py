"""Closes the admin to other organisations' pages, media and translations.

Wagtail checks edit permission in most page views, but several views that take an object id
(copy, choosers, "chosen" endpoints, usage, translation previews) only check that the user
may use the admin. This middleware resolves every object named in an admin URL and answers
404, as if it did not exist, when it belongs to an organisation the user does not edit.
"""

from collections.abc import Iterator

from django.apps import apps
from django.conf import settings
from django.db import models
from django.http import Http404

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Revision
from wagtail.permissions import policy_registry
from wagtail_localize.models import Translation, TranslationSource

from pages.models import OrganisationWorkspace
from pages.permissions import OrganisationScopedPolicy
from pages.workspaces import user_may_reach_page

PAGE_KWARGS = {"page_id", "parent_page_id", "page_to_move_id", "destination_id", "page_pk"}
REVISION_KWARGS = {"revision_id", "revision_id_a", "revision_id_b"}
DOCUMENT_KWARGS = {"document_id", "doc_id"}
MEDIA_PERMISSIONS = ["change", "delete", "choose"]
# Network-wide reports that list pages of every organisation; only administrators need them.
SUPERUSER_ONLY_ROUTES = {
    "wagtailadmin_reports:page_types_usage",
    "wagtailadmin_reports:page_types_usage_results",
    "wagtail_localize:translations_report",
    "wagtail_localize:translations_report_results",
}


def _pk_model(namespace: str, view_model=None):
    """What a bare `pk` refers to: the generic view's own model, or the object that the
    admin namespace is about."""
    if view_model is not None:
        return view_model
    if namespace.startswith(("wagtailadmin_pages", "wagtailadmin_explore", "wagtailadmin_choose")):
        return Page
    if namespace.startswith("wagtailimages"):
        return get_image_model()
    if namespace.startswith("wagtaildocs"):
        return get_document_model()
    if namespace.startswith("wagtailadmin_collections"):
        return Collection
    return None


def _get(model, pk):
    try:
        return model._default_manager.filter(pk=pk).first()
    except (ValueError, TypeError):
        return None


def _translated_object(source: TranslationSource | None):
    if source is None:
        return None
    try:
        return source.get_source_instance()
    except Exception:  # the source object may have been deleted since
        return None


def objects_named_in_url(namespace: str, kwargs: dict, view_model=None) -> Iterator:
    for key, value in kwargs.items():
        if key in PAGE_KWARGS:
            yield _get(Page, value)
        elif key in REVISION_KWARGS:
            revision = _get(Revision, value)
            yield revision.content_object if revision else None
        elif key == "image_id":
            yield _get(get_image_model(), value)
        elif key in DOCUMENT_KWARGS:
            yield _get(get_document_model(), value)
        elif key == "collection_id":
            yield _get(Collection, value)
        elif key == "translation_id":
            translation = _get(Translation, value)
            yield _translated_object(translation.source if translation else None)
        elif key == "translation_source_id":
            yield _translated_object(_get(TranslationSource, value))
        elif key == "object_id" and "app_label" in kwargs and "model_name" in kwargs:
            try:
                yield _get(apps.get_model(kwargs["app_label"], kwargs["model_name"]), value)
            except LookupError:
                continue
        elif key == "pk" and (model := _pk_model(namespace, view_model)) is not None:
            yield _get(model, value)


def _foreign_collection(user, collection: Collection) -> bool:
    foreign = OrganisationWorkspace.objects.exclude(group__user=user).values_list(
        "collection__path", flat=True
    )
    return any(collection.path.startswith(path) for path in foreign)


def user_may_reach(user, obj) -> bool:
    if obj is None or user.is_superuser:
        return True
    if isinstance(obj, Page):
        return user_may_reach_page(user, obj)
    if isinstance(obj, Collection):
        return not _foreign_collection(user, obj)
    policy = policy_registry.get_by_type(type(obj))
    if isinstance(obj, get_image_model() | get_document_model()):
        return policy.user_has_any_permission_for_instance(user, MEDIA_PERMISSIONS, obj)
    if isinstance(policy, OrganisationScopedPolicy):
        return policy.in_scope(user, obj)
    return True


def _view_model(view_func):
    """The model a Wagtail generic view works on, if it declares one."""
    model = getattr(view_func, "view_initkwargs", {}).get("model")
    model = model or getattr(getattr(view_func, "view_class", None), "model", None)
    return model if isinstance(model, type) and issubclass(model, models.Model) else None


class OrganisationScopeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        admin_path = getattr(settings, "WAGTAIL_ADMIN_PATH", "admin").strip("/")
        self.admin_prefix = f"/{admin_path}/"

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path.startswith(self.admin_prefix):
            return None
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or user.is_superuser:
            return None
        match = request.resolver_match
        if match is not None and match.view_name in SUPERUSER_ONLY_ROUTES:
            raise Http404
        namespace = match.namespace if match else ""
        for obj in objects_named_in_url(namespace, view_kwargs, _view_model(view_func)):
            if not user_may_reach(user, obj):
                raise Http404
        return None
