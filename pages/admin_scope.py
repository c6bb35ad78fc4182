"""The backstop that closes the admin to other organisations' pages, media and translations.

The scope itself is kept by Wagtail's extension points (permission policies, chooser and
explorer queryset hooks, the admin API's endpoints, the bulk actions; see `pages.scope`).
Several views that take an object id (copy, choosers, "chosen" endpoints, usage, translation
previews) only check that the user may use the admin, so this middleware also resolves every
object named in an admin URL, in the path and in the query string (`?id=`), and answers 404,
as if it did not exist, when it belongs to an organisation the user does not edit.

It fails closed: an id that does not parse, or any error while checking, is a 404.
"""

from collections.abc import Iterator

from django.apps import apps
from django.conf import settings
from django.db import models
from django.http import Http404

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Revision
from wagtail_localize.models import Translation, TranslationSource

from pages.scope import user_may_reach

PAGE_KWARGS = {"page_id", "parent_page_id", "page_to_move_id", "destination_id", "page_pk"}
REVISION_KWARGS = {"revision_id", "revision_id_a", "revision_id_b"}
# Revision comparison names the ends by word as well as by id; the page is checked by its pk.
REVISION_WORDS = {"live", "earliest", "latest"}
DOCUMENT_KWARGS = {"document_id", "doc_id"}
BULK_ACTION_ROUTE = "wagtailadmin_bulk_action"
# Network-wide reports that list pages of every organisation; only administrators need them.
SUPERUSER_ONLY_ROUTES = {
    "wagtailadmin_reports:page_types_usage",
    "wagtailadmin_reports:page_types_usage_results",
    "wagtail_localize:translations_report",
    "wagtail_localize:translations_report_results",
}


def _pk_model(namespace: str, view_model=None):
    """What a bare `pk` refers to: the generic view's own model, or the object that the
    admin namespace (or, for views outside one, the view name) is about."""
    if view_model is not None:
        return view_model
    if namespace.startswith(
        (
            "wagtailadmin_pages",
            "wagtailadmin_explore",
            "wagtailadmin_choose",
            "wagtailadmin_api:pages",
        )
    ):
        return Page
    if namespace.startswith(("wagtailimages", "wagtailadmin_api:images")):
        return get_image_model()
    if namespace.startswith(("wagtaildocs", "wagtailadmin_api:documents")):
        return get_document_model()
    if namespace.startswith("wagtailadmin_collections"):
        return Collection
    return None


class Unparsable(Exception):
    """An id in the URL that is not an id: the request is denied, never waved through."""


def _get(model, pk):
    try:
        return model._default_manager.filter(pk=pk).first()
    except (ValueError, TypeError) as error:
        raise Unparsable(pk) from error


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
        elif key in REVISION_KWARGS and value not in REVISION_WORDS:
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
        elif key in ("object_id", "pk") and "app_label" in kwargs and "model_name" in kwargs:
            yield _get(apps.get_model(kwargs["app_label"], kwargs["model_name"]), value)
        elif key == "pk" and (model := _pk_model(namespace, view_model)) is not None:
            yield _get(model, value)


def objects_named_in_query(match, ids: list[str], view_model=None) -> Iterator:
    """The objects a view will read from `?id=`: a bulk action's model, or the model of the
    view (choosers' "chosen-multiple"); for any other admin view the ids must at least be
    ids. "all" is a bulk action's whole listing, which the bulk actions scope themselves."""
    if match.view_name == BULK_ACTION_ROUTE:
        model = apps.get_model(match.kwargs["app_label"], match.kwargs["model_name"])
    else:
        model = _pk_model(match.view_name, view_model)
    for value in ids:
        if value == "all" and match.view_name == BULK_ACTION_ROUTE:
            continue
        if not value.isdigit():
            raise Unparsable(value)
        if model is None:
            continue
        obj = _get(model, value)
        if isinstance(obj, Page) and obj.is_root():
            # The tree's root is never chosen or acted on; Wagtail's views fail on it.
            raise Unparsable(value)
        yield obj


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
        try:
            allowed = self.user_may_reach_everything_named(request, user, view_func, view_kwargs)
        except Exception:  # fail closed: whatever went wrong, the answer is "not found"
            allowed = False
        if not allowed:
            raise Http404
        return None

    def user_may_reach_everything_named(self, request, user, view_func, view_kwargs) -> bool:
        match = request.resolver_match
        if match is None or match.view_name in SUPERUSER_ONLY_ROUTES:
            return False
        view_model = _view_model(view_func)
        named = [
            *objects_named_in_url(match.view_name, view_kwargs, view_model),
            *objects_named_in_query(match, request.GET.getlist("id"), view_model),
        ]
        return all(user_may_reach(user, obj) for obj in named)
