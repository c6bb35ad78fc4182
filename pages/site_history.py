"""Wagtail's site history report, scoped to the organisations a user may reach.

Wagtail shows a model's log entries to anyone holding any permission on the model, whatever
the object: an organisation's editor, who holds "change" on job applications, event
registrations or volunteer interests for their own organisation, would read every other
organisation's entries there too (the registrant's name is the entry's label; the other
organisation's editor is its user). Pages are already scoped by Wagtail (page permissions);
model entries are scoped here by pages.scope.reachable, the rule every other admin listing
follows, so an entry shows only when its object does. An entry whose object is gone or whose
model is unknown is shown to superusers only (fails closed).

cms/urls.py routes the report's two URLs here, ahead of Wagtail's admin URLs."""

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, IntegerField, Q, QuerySet, Value
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import ContentTypeFilter
from wagtail.admin.views.reports.audit_logging import LogEntriesView, SiteHistoryReportFilterSet
from wagtail.log_actions import registry as log_action_registry
from wagtail.models import ModelLogEntry

from pages.exports import FormulaSafeExportMixin
from pages.scope import reachable


def viewable_entries(log_model, user) -> QuerySet:
    """The entries of `log_model` this user may read in the site history."""
    entries = log_model.objects.viewable_by_user(user)
    if user.is_superuser or not issubclass(log_model, ModelLogEntry):
        return entries
    visible = Q(pk__in=[])
    for content_type_id in entries.values_list("content_type_id", flat=True).distinct():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        keys = reachable(user, model).annotate(key=Cast("pk", CharField())).values("key")
        visible |= Q(content_type_id=content_type_id, object_id__in=keys)
    return entries.filter(visible)


def _used(user, method: str) -> set:
    """What the user's viewable entries use, over every log model: `method` is the log
    entry queryset's get_user_ids, get_content_type_ids or get_actions."""
    used = set()
    for log_model in log_action_registry.get_log_entry_models():
        used.update(getattr(viewable_entries(log_model, user), method)())
    return used


def _content_types(request):
    return ContentType.objects.filter(pk__in=_used(request.user, "get_content_type_ids")).order_by(
        "model"
    )


class ScopedSiteHistoryFilterSet(SiteHistoryReportFilterSet):
    # The filters' choices (who, what type, which action) come from the same scoped entries:
    # a drop-down must not name another organisation's editors either.
    object_type = ContentTypeFilter(
        label=_("Type"), method="filter_object_type", queryset=_content_types
    )

    def get_action_choices(self):
        used = _used(self.request.user, "get_actions")
        return [choice for choice in log_action_registry.get_choices() if choice[0] in used]

    def get_user_choices(self):
        User = get_user_model()
        ids = _used(self.request.user, "get_user_ids")
        return User.objects.filter(pk__in=ids).order_by(User.USERNAME_FIELD)


class ScopedLogEntriesView(FormulaSafeExportMixin, LogEntriesView):
    # Formula-safe (a logged title is what an editor or visitor typed), Polish time, UTF-8
    # with a byte-order mark, as every export of the admin (pages.exports).
    filterset_class = ScopedSiteHistoryFilterSet

    def get_filtered_queryset(self):
        # As Wagtail's: one values() query per log model, filtered, then a union ordered by
        # time (see LogEntriesView); each model's entries come from viewable_entries.
        self.log_models = list(log_action_registry.get_log_entry_models())
        combined = None
        for index, log_model in enumerate(self.log_models):
            part = (
                viewable_entries(log_model, self.request.user)
                .values("pk", "timestamp")
                .annotate(log_model_index=Value(index, output_field=IntegerField()))
            )
            part = self.filter_queryset(part).order_by()
            combined = part if combined is None else combined.union(part, all=True)
        return combined.order_by("-timestamp")
