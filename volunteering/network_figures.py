"""Volunteering's columns on the network dashboard (pages.network_overview): offers by status,
interests, and those left unanswered by the reminders' own rule (volunteering.reminders)."""

from django.utils.translation import gettext_lazy as _

from pages.network_overview import PAGE_STATUS_COLUMNS, page_status_rows
from pages.registry import NetworkFigure
from volunteering.models import Interest, VolunteerOfferPage
from volunteering.reminders import answer_days, unanswered


def offer_rows(*, now):
    return page_status_rows(VolunteerOfferPage.objects.all())


def interest_rows(*, now):
    for path in Interest.objects.values_list("offer__path", flat=True):
        yield path, "received"
    for path in unanswered(now=now, days=answer_days()).values_list("offer__path", flat=True):
        yield path, "unanswered"


def volunteering_figures() -> list[NetworkFigure]:
    return [
        NetworkFigure(
            key="volunteer_offers",
            title=_("Volunteer offers"),
            columns=PAGE_STATUS_COLUMNS,
            rows=offer_rows,
            order=30,
        ),
        NetworkFigure(
            key="volunteer_interests",
            title=_("Volunteers' interest"),
            columns=(("received", _("Received in total")), ("unanswered", _("Unanswered"))),
            rows=interest_rows,
            order=40,
        ),
    ]
