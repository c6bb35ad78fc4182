"""Factories for the network pages, one per useful state."""

import datetime
from decimal import Decimal

from django.utils import timezone

from wagtail.models import Locale

import factory
import wagtail_factories

from pages import models


class NetworkHomePageFactory(wagtail_factories.PageFactory):
    title = "Sieć"
    slug = factory.Sequence(lambda n: f"siec-{n}")
    introduction = "Organizacje Małopolski w jednym miejscu."

    class Meta:
        model = models.NetworkHomePage


class OrganisationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Organizacje"
    slug = "organizacje"

    class Meta:
        model = models.OrganisationIndexPage


class ProgrammeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Programy"
    slug = "programy"

    class Meta:
        model = models.ProgrammeIndexPage


class ConferenceIndexPageFactory(wagtail_factories.PageFactory):
    title = "Wydarzenia"
    slug = "wydarzenia"

    class Meta:
        model = models.ConferenceIndexPage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Strona {n}")
    introduction = "Wprowadzenie."

    class Meta:
        model = models.ContentPage


class OrganisationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Fundacja Testowa {n}")
    slug = factory.Sequence(lambda n: f"fundacja-testowa-{n}")
    short_name = factory.Sequence(lambda n: f"FT{n}")
    legal_form = models.LegalForm.FOUNDATION
    mission = "Wspieramy mieszkańców."
    city = "Kraków"
    latitude = Decimal("50.061400")
    longitude = Decimal("19.937200")

    class Meta:
        model = models.OrganisationPage


class ProgrammePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Program {n}")
    summary = "Krótki opis programu."
    start_date = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=30))
    end_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=300))

    class Meta:
        model = models.ProgrammePage

    class Params:
        finished = factory.Trait(
            start_date=datetime.date(2020, 1, 1), end_date=datetime.date(2021, 1, 1)
        )
        upcoming = factory.Trait(
            start_date=factory.LazyFunction(
                lambda: timezone.localdate() + datetime.timedelta(days=60)
            ),
            end_date=None,
        )


class ConferencePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Konferencja {n}")
    summary = "Spotkanie organizacji."
    kind = models.EventKind.CONFERENCE
    start_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=14))
    end_at = factory.LazyAttribute(lambda o: o.start_at + datetime.timedelta(hours=6))
    venue_name = "Sala konferencyjna"
    city = "Kraków"

    class Meta:
        model = models.ConferencePage

    class Params:
        with_form = factory.Trait(
            registration_mode=models.RegistrationMode.FORM,
            capacity=2,
            registration_closes_at=factory.LazyAttribute(
                lambda o: o.start_at - datetime.timedelta(days=1)
            ),
        )
        past = factory.Trait(
            start_at=factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=30)),
        )


class ConferenceRegistrationFactory(factory.django.DjangoModelFactory):
    conference = factory.SubFactory(ConferencePageFactory, with_form=True)
    name = factory.Sequence(lambda n: f"Uczestniczka {n}")
    email = factory.Sequence(lambda n: f"uczestniczka{n}@example.org")
    language_code = "pl"
    consent_given_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = models.ConferenceRegistration

    class Params:
        waitlisted = factory.Trait(status=models.RegistrationStatus.WAITLISTED)


def english() -> Locale:
    return Locale.objects.get_or_create(language_code="en")[0]


def join_form_data(**changes) -> dict:
    """A valid submission of the public join form."""
    return {
        "name": "Fundacja Nowa Huta Razem",
        "legal_form": models.LegalForm.FOUNDATION,
        "krs": "0000654321",
        "nip": "677-100-34-71",
        "regon": "123456785",
        "street_address": "os. Centrum A 1",
        "postal_code": "31-923",
        "city": "krakow",
        "contact_name": "Maria  Nowak",
        "contact_email": "maria@example.org",
        "areas_of_work": "kultura, seniorzy",
        "description": "Prowadzimy klub seniora i warsztaty dla sąsiadów.",
        "consent": "on",
    } | changes


class MembershipApplicationFactory(factory.django.DjangoModelFactory):
    name = "Stowarzyszenie Czyste Podgórze"
    legal_form = models.LegalForm.ASSOCIATION
    krs = "0000111222"
    nip = "5260250995"
    regon = "351216001"
    city = "Kraków"
    contact_name = "Jan Kowalski"
    contact_email = factory.Sequence(lambda n: f"kontakt{n}@example.org")
    areas_of_work = "ekologia"
    description = "Sprzątamy Podgórze."
    consent_given_at = factory.LazyFunction(timezone.now)
    created_at = factory.LazyFunction(timezone.now)
    status = models.ApplicationStatus.PENDING

    class Meta:
        model = models.MembershipApplication
