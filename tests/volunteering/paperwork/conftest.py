import datetime
import io

from django.utils import timezone

import pytest
from pypdf import PdfReader

from volunteering.paperwork import certificates
from volunteering.paperwork.factories import InterestFactory, OrganisationPaperworkFactory

from ..test_interest import sign_in


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


@pytest.fixture
def paperwork(organisation):
    return OrganisationPaperworkFactory(organisation=organisation)


@pytest.fixture
def placement(offer):
    offer.start_date = datetime.date(2026, 3, 1)
    offer.end_date = datetime.date(2026, 6, 30)
    offer.street_address = "ul. Floriańska 3"
    offer.postal_code = "31-019"
    offer.hours_per_week = 6
    offer.save()
    return InterestFactory(offer=offer, volunteer__name="Łucja Świątek")


@pytest.fixture
def signed_in(client):
    def sign(volunteer):
        sign_in(client, volunteer)
        return client

    return sign


@pytest.fixture
def issued(placement, paperwork):
    draft = certificates.draft_for(interest=placement, now=timezone.now())
    draft.hours = 42
    draft.work_description = "Oprowadzanie gości po Starym Mieście, pomoc w kawiarence."
    return certificates.issue(certificate=draft, now=timezone.now())
