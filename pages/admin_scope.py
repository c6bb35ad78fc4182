"""Closes the admin to other organisations' pages, images and documents.

Wagtail checks edit permission in most page views, but some views that take an object id
(copy, choosers, the "chosen" endpoints, usage) only check that the user may use the admin.
This middleware resolves the object named in the URL and answers 404, as if it did not exist,
when it belongs to an organisation the user does not edit.
"""

from django.conf import settings
from django.http import Http404

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.permissions import policy_registry

from pages.workspaces import user_may_reach_page

PAGE_KWARGS = {"page_id", "parent_page_id", "page_to_move_id", "destination_id", "object_id"}
PAGE_NAMESPACES = ("wagtailadmin_pages", "wagtailadmin_explore", "wagtailadmin_choose_page")
IMAGE_NAMESPACES = ("wagtailimages",)
DOCUMENT_NAMESPACES = ("wagtaildocs",)
MEDIA_PERMISSIONS = ["change", "delete", "choose"]


def _page_ids(namespace: str, kwargs: dict) -> list:
    ids = [value for key, value in kwargs.items() if key in PAGE_KWARGS - {"object_id"}]
    if namespace.startswith(PAGE_NAMESPACES) and "pk" in kwargs:
        ids.append(kwargs["pk"])
    if namespace.startswith("wagtail_localize") and "object_id" in kwargs:
        ids.append(kwargs["object_id"])
    return ids


def _media_check(namespace: str, kwargs: dict):
    for prefix, key, model_getter in (
        (IMAGE_NAMESPACES, "image_id", get_image_model),
        (DOCUMENT_NAMESPACES, "document_id", get_document_model),
    ):
        if namespace.startswith(prefix):
            object_id = kwargs.get(key, kwargs.get("pk"))
            if object_id is not None:
                model = model_getter()
                yield model, object_id, policy_registry.get_by_type(model)


class OrganisationScopeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = "/" + getattr(settings, "WAGTAIL_ADMIN_PATH", "admin").strip("/") + "/"

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path.startswith(self.admin_prefix):
            return None
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or user.is_superuser:
            return None
        match = request.resolver_match
        namespace = match.namespace if match else ""
        for page_id in _page_ids(namespace, view_kwargs):
            page = Page.objects.filter(pk=page_id).first()
            if page is not None and not user_may_reach_page(user, page):
                raise Http404
        for model, object_id, policy in _media_check(namespace, view_kwargs):
            instance = model.objects.filter(pk=object_id).first()
            if instance is not None and not policy.user_has_any_permission_for_instance(
                user, MEDIA_PERMISSIONS, instance
            ):
                raise Http404
        return None
