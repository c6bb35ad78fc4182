"""What the network pages contribute to the network search (see search.registry)."""

from django.utils.translation import gettext_lazy as _

from pages.models import ConferencePage, OrganisationPage, ProgrammePage
from pages.schedule import local_date
from pages.topics import topic_names
from search.registry import SearchAdapter, base_document, coordinates, register, stream_text


class OrganisationAdapter(SearchAdapter):
    kind = "organisation"
    label = _("Organisations")
    describes_descendants = True

    def queryset(self):
        return OrganisationPage.objects.live().public()

    def document(self, page):
        return base_document(
            page,
            kind=self.kind,
            organisation=page.title,
            summary=page.mission,
            body=stream_text(page.body),
            tags=topic_names([tag.name for tag in page.areas_of_work.all()], locale=page.locale),
            city=page.city,
            **coordinates(page),
        )


class ProgrammeAdapter(SearchAdapter):
    kind = "programme"
    label = _("Programmes")

    def queryset(self):
        return ProgrammePage.objects.live().public()

    def document(self, page):
        return base_document(
            page,
            kind=self.kind,
            summary=page.summary,
            body=" ".join(
                filter(
                    None,
                    (
                        stream_text(page.goals),
                        stream_text(page.activities),
                        stream_text(page.target_groups),
                        stream_text(page.body),
                        page.funder,
                        page.funding_programme,
                    ),
                )
            ),
            tags=topic_names([tag.name for tag in page.tags.all()], locale=page.locale),
            start_date=page.start_date,
            end_date=page.end_date,
        )


class ConferenceAdapter(SearchAdapter):
    kind = "conference"
    label = _("Conferences and events")

    def queryset(self):
        return ConferencePage.objects.live().public()

    def document(self, page):
        return base_document(
            page,
            kind=self.kind,
            summary=page.summary,
            body=" ".join(filter(None, (stream_text(page.agenda), stream_text(page.body)))),
            tags=topic_names([tag.name for tag in page.tags.all()], locale=page.locale),
            city=page.city,
            remote=page.is_online,
            start_date=local_date(page.start_at),
            end_date=local_date(page.end_at),
            **coordinates(page),
        )


def register_search_adapters():
    register(OrganisationPage, OrganisationAdapter())
    register(ProgrammePage, ProgrammeAdapter())
    register(ConferencePage, ConferenceAdapter())
