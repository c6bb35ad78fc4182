"""What volunteering contributes to the network search (see search.registry). Offers only:
volunteers and their interests are personal data and never reach the index."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.rich_text import get_text_for_indexing

from pages.topics import term_names
from search.registry import SearchAdapter, base_document, coordinates, register
from volunteering import lifecycle
from volunteering.models import VolunteerOfferPage
from volunteering.models.pages import OfferPlace

# The network's employment_type facet value for volunteering; the job board's volunteer
# postings (jobs' EmploymentType.VOLUNTEER) share it, so both land in one facet bucket.
VOLUNTEER_WORK = "VOLUNTEER"


class VolunteerOfferAdapter(SearchAdapter):
    kind = "volunteer"
    label = _("Volunteer offers")
    alerts = True
    employment_types = {VOLUNTEER_WORK: _("Volunteer")}

    def queryset(self):
        return (
            VolunteerOfferPage.objects.live()
            .public()
            .filter(lifecycle.open_offer_filter(now=timezone.now()))
            .select_related("locale")
        )

    def document(self, page):
        return base_document(
            page,
            kind=self.kind,
            summary=page.summary,
            body=get_text_for_indexing(page.description),
            tags=term_names(page.causes.all(), locale=page.locale)
            + term_names(page.required_skills.all(), locale=page.locale),
            city=page.city,
            remote=page.place == OfferPlace.REMOTE,
            start_date=page.start_date,
            end_date=page.end_date,
            deadline_date=page.deadline_date,
            employment_type=VOLUNTEER_WORK,
            **coordinates(page),
        )


def register_search_adapter():
    register(VolunteerOfferPage, VolunteerOfferAdapter())
