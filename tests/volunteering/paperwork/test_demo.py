"""The demo's paperwork: a signed agreement and an issued certificate whose URL is kept."""

import json

from django.utils import timezone

import pytest

from volunteering.factories import VolunteerFactory
from volunteering.models import Agreement, Certificate
from volunteering.paperwork import certificates
from volunteering.paperwork.demo import load_demo_paperwork

pytestmark = pytest.mark.django_db


def test_the_demo_has_a_signed_agreement_and_a_certificate_whose_url_is_kept(
    offer, organisation, settings, tmp_path
):
    settings.SIEC_DEMO_CREDENTIALS_FILE = tmp_path / "demo-credentials.json"
    arguments = {"offer": offer, "volunteer": VolunteerFactory(), "organisation": organisation}

    load_demo_paperwork(**arguments, now=timezone.now())
    load_demo_paperwork(**arguments, now=timezone.now())

    agreement = Agreement.objects.get()
    certificate = Certificate.objects.get()
    stored = json.loads(settings.SIEC_DEMO_CREDENTIALS_FILE.read_text())
    assert agreement.volunteer_accepted_at and agreement.coordinator_accepted_at
    assert certificates.verify(certificate.code).verdict == certificates.Verdict.GENUINE
    assert stored["certificate_url"].endswith(f"/zaswiadczenie/{certificate.code}/")
