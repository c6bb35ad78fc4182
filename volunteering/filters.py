"""The volunteer board's filters (see pages.filters): the board and its feeds bind them, so
they accept and refuse the same queries."""

from django.db.models import F
from django.utils.translation import gettext_lazy as _

import django_filters

from pages.filters import (
    ChoiceValueFilter,
    ListingFilterSet,
    checkbox_filter,
    choice_filter,
    keyword_filter,
    organisation_filter,
    radius_filter,
    town_filter,
)
from volunteering.models.pages import OfferPlace, ScheduleKind
from volunteering.options import period_options
from volunteering.slots import on_every_day
from volunteering.vocabulary import mask_for_slugs, slugs_in, terms


def _term_filter(label, *, method: str, unknown):
    # Choices are the terms in the listing's language (see OfferFilterSet.set_choices).
    return ChoiceValueFilter(
        label=label,
        choices=[],
        method=method,
        error_messages={"invalid_choice": unknown},
    )


def _term_choices(model_name: str, language_code: str, everything: str):
    return [("", everything), *((t.slug, t.name) for t in terms(model_name, language_code))]


class OfferFilterSet(ListingFilterSet):
    landing_filters = ("cause",)
    translated_filters = ("cause", "skill")

    q = keyword_filter("title", "summary")
    cause = _term_filter(_("Cause"), method="filter_cause", unknown=_("There is no such cause."))
    skill = _term_filter(_("Skill"), method="filter_skill", unknown=_("There is no such skill."))
    organisation = organisation_filter()
    city = town_filter()
    radius = radius_filter()
    remote = checkbox_filter(_("Remote only"), "filter_remote")
    schedule = choice_filter(
        _("Schedule"),
        ScheduleKind.choices,
        everything=_("Any schedule"),
        field_name="schedule_kind",
    )
    period = django_filters.TypedChoiceFilter(
        label=_("Part of the day"),
        choices=[],
        coerce=int,
        empty_value=None,
        method="filter_period",
    )
    minors = checkbox_filter(_("Suitable for minors"), "filter_minors")
    seniors = checkbox_filter(_("Seniors welcome"), "filter_seniors")

    def set_choices(self, fields) -> None:
        language_code = self.language_code
        fields["cause"].choices = _term_choices("cause", language_code, _("All causes"))
        fields["skill"].choices = _term_choices("skill", language_code, _("All skills"))
        fields["period"].choices = [
            ("", _("Any part of the day")),
            *((str(mask), label) for _key, label, mask in period_options()),
        ]

    def slugs_in_this_language(self, name: str) -> dict[str, str]:
        return slugs_in(name, self.language_code)  # the filters are named after the models

    def filter_cause(self, queryset, name, slug):
        bit = mask_for_slugs("cause", [slug], self.language_code)
        return queryset.alias(has=F("causes_mask").bitand(bit)).filter(has=bit)

    def filter_skill(self, queryset, name, slug):
        bit = mask_for_slugs("skill", [slug], self.language_code)
        wanted = F("required_skills_mask").bitor(F("nice_skills_mask")).bitand(bit)
        return queryset.alias(wants=wanted).filter(wants=bit)

    def filter_remote(self, queryset, name, remote):
        return queryset.filter(place=OfferPlace.REMOTE) if remote else queryset

    def filter_period(self, queryset, name, period):
        at_that_time = F("slots_mask").bitand(on_every_day(period))
        return queryset.alias(at_that_time=at_that_time).filter(at_that_time__gt=0)

    def filter_minors(self, queryset, name, minors):
        return queryset.filter(suitable_for_minors=True) if minors else queryset

    def filter_seniors(self, queryset, name, seniors):
        return queryset.filter(seniors_welcome=True) if seniors else queryset

    def order(self, queryset):
        chosen = self.form.cleaned_data if self.is_valid() else {}
        if chosen.get("city") and chosen.get("radius"):
            return queryset.order_by("distance_km", "pk")
        return queryset.order_by(
            F("deadline_date").asc(nulls_last=True), "-first_published_at", "pk"
        )
