"""Page forms refuse another organisation's images, documents, pages and users.

The choosers offer only the editor's own objects, but a form takes whatever id is posted:
an editor could put another organisation's image on a page (and so publish it) by editing
the id. Every page form checks each object it is given, in foreign keys, many-to-many
fields, StreamField blocks and rich text (the latter two through Wagtail's reference
extraction, the same that fills the usage index), against `pages.scope.user_may_reach`.
"""

import types
from collections.abc import Iterator

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page, get_page_models

from pages.scope import user_may_reach

NOT_YOURS = _("You cannot use this item. Choose one from your organisation's library.")


class Unreachable(Exception):
    pass


def _instance(model, object_id):
    try:
        return model._default_manager.filter(pk=object_id).first()
    except (ValueError, TypeError) as error:
        raise Unreachable(object_id) from error


def objects_in_value(model, name: str, value) -> Iterator:
    """The model instances a form value refers to."""
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return
    if isinstance(value, models.Model):
        yield value
    elif isinstance(value, models.QuerySet | list | tuple):
        yield from (item for item in value if isinstance(item, models.Model))
    elif value and hasattr(field, "extract_references"):
        for referenced_model, object_id, _path, _content_path in field.extract_references(value):
            yield _instance(referenced_model, object_id)


class OrganisationScopedFormMixin:
    def clean(self):
        cleaned_data = super().clean()
        user = getattr(self, "for_user", None)
        if user is None:
            return cleaned_data
        for name, value in list(cleaned_data.items()):
            try:
                allowed = all(
                    user_may_reach(user, obj)
                    for obj in objects_in_value(type(self.instance), name, value)
                )
            except Exception:  # fail closed: a reference that cannot be checked is refused
                allowed = False
            if not allowed:
                self.add_error(name, NOT_YOURS)
        return cleaned_data


def scope_page_forms() -> None:
    """Give every page type's admin form the check. Run from `PagesConfig.ready()`, when all
    page models (the plugins' too) are loaded and before any edit handler is built."""
    for model in get_page_models():
        if model is Page:
            # Wagtail's own admin sets Page's form after this runs; no editor creates one.
            continue
        base = getattr(model, "base_form_class", None) or WagtailAdminPageForm
        if not issubclass(base, OrganisationScopedFormMixin):
            model.base_form_class = types.new_class(
                f"OrganisationScoped{base.__name__}", (OrganisationScopedFormMixin, base)
            )
