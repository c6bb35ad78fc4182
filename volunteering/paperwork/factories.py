import datetime

from django.utils import timezone

import factory

from volunteering import models
from volunteering.factories import VolunteerFactory


class InterestFactory(factory.django.DjangoModelFactory):
    """An accepted expression of interest: a placement. Pass offer=."""

    volunteer = factory.SubFactory(VolunteerFactory)
    status = models.InterestStatus.ACCEPTED
    created_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = models.Interest


class OrganisationPaperworkFactory(factory.django.DjangoModelFactory):
    """Pass organisation=."""

    representative_name = "Zofia Żółkiewska"
    representative_role = "Prezeska zarządu"
    child_protection_url = "https://example.org/standardy-ochrony-maloletnich"
    nnw_policy = "PZU, polisa NNW 123/2026"

    class Meta:
        model = models.OrganisationPaperwork


class ChildProtectionCheckFactory(factory.django.DjangoModelFactory):
    """Pass volunteer= and organisation=."""

    register_checked = True
    criminal_record_checked = True
    checked_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=1))
    recorded_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = models.ChildProtectionCheck
