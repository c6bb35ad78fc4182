"""The admin of shifts: weekly series and single shifts of an organisation's offers, for its
editors. Every list and object is scoped by OrganisationScopedPolicy (wagtail_hooks), and the
offer drop-down lists only the editor's own offers, so nothing can be attached elsewhere."""

from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

import django_filters

from pages.permissions import OrganisationScopedIndexView, own_pages_choices
from pages.workspaces import organisation_pages_filter
from volunteering import roster_views, shift_services
from volunteering.models import Shift, ShiftSeries, VolunteerOfferPage


class OwnOffersFormMixin:
    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.fields["offer"].queryset = VolunteerOfferPage.objects.filter(
            organisation_pages_filter(self.request.user, field="path")
        ).order_by("title")
        return form


class SeriesCreateView(OwnOffersFormMixin, generic.CreateView):
    def save_instance(self):
        series = super().save_instance()
        shift_services.generate_series(series=series, now=timezone.now())
        return series


class SeriesEditView(OwnOffersFormMixin, generic.EditView):
    def save_instance(self):
        series = super().save_instance()
        shift_services.generate_series(series=series, now=timezone.now())
        return series


class ShiftFilterSet(WagtailFilterSet):
    """An offer's shift calendar: its shifts by date, filtered to one offer and a period."""

    offer = django_filters.ModelChoiceFilter(
        queryset=own_pages_choices(VolunteerOfferPage, order_by="title"), label=_("Offer")
    )
    start_at = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)

    class Meta:
        model = Shift
        fields = ["offer", "start_at"]


class ShiftIndexView(OrganisationScopedIndexView):
    def get_list_more_buttons(self, instance):
        return [
            MenuItem(
                _("Roster and check-in"),
                url=reverse("volunteer_shifts:roster", args=[instance.pk]),
                icon_name="group",
                priority=5,
            ),
            *super().get_list_more_buttons(instance),
        ]


class ShiftCreateView(OwnOffersFormMixin, generic.CreateView):
    pass


class ShiftEditView(OwnOffersFormMixin, generic.EditView):
    def save_instance(self):
        shift = super().save_instance()
        # More places (a larger room) go to the waiting list at once.
        shift_services.fill_from_waiting_list(shift=shift, now=timezone.now())
        return shift


SERIES_FIELDS = [
    "offer",
    "weekday",
    "start_time",
    "end_time",
    "first_date",
    "last_date",
    "skipped_dates",
    "place",
    "location",
    "capacity",
    "minimum_headcount",
    "role",
]


class ShiftSeriesViewSet(ModelViewSet):
    model = ShiftSeries
    icon = "repeat"
    menu_label = _("Weekly series")
    index_view_class = OrganisationScopedIndexView
    add_view_class = SeriesCreateView
    edit_view_class = SeriesEditView
    copy_view_enabled = False
    list_display = ["offer", "weekday", "start_time", "end_time", "first_date", "last_date"]
    list_filter = ["weekday"]
    search_fields = ["offer__title", "role", "location"]
    form_fields = SERIES_FIELDS


class ShiftViewSet(ModelViewSet):
    model = Shift
    icon = "time"
    menu_label = _("Shifts")
    index_view_class = ShiftIndexView
    add_view_class = ShiftCreateView
    edit_view_class = ShiftEditView
    copy_view_enabled = False
    list_display = ["offer", "start_at", "end_at", "role", "capacity", "series"]
    search_fields = ["offer__title", "role", "location"]
    ordering = ["start_at"]
    filterset_class = ShiftFilterSet
    form_fields = [
        "offer",
        "start_at",
        "end_at",
        "place",
        "location",
        "capacity",
        "minimum_headcount",
        "role",
    ]

    def roster(self, request, pk):
        return roster_views.roster(
            request, pk, policy=self.permission_policy, url_name=f"{self.name}:roster"
        )

    def get_urlpatterns(self):
        return [*super().get_urlpatterns(), path("<int:pk>/roster/", self.roster, name="roster")]


class ShiftsGroup(ViewSetGroup):
    menu_label = _("Shifts")
    menu_icon = "time"
    menu_order = 336
    items = (ShiftViewSet("volunteer_shifts"), ShiftSeriesViewSet("volunteer_shift_series"))


shifts_group = ShiftsGroup()
