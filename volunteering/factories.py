import datetime
from decimal import Decimal

from django.utils import timezone

import factory
import wagtail_factories

from pages.geo import find_place
from volunteering import models
from volunteering.profile_choices import AgeBracket


class SkillFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Umiejętność {n}")
    slug = factory.Sequence(lambda n: f"umiejetnosc-{n}")

    class Meta:
        model = models.Skill


class CauseFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Sprawa {n}")
    slug = factory.Sequence(lambda n: f"sprawa-{n}")

    class Meta:
        model = models.Cause


class VolunteerBoardPageFactory(wagtail_factories.PageFactory):
    title = "Wolontariat"
    slug = "wolontariat"

    class Meta:
        model = models.VolunteerBoardPage


class VolunteerIndexPageFactory(wagtail_factories.PageFactory):
    title = "Wolontariat w organizacji"
    slug = "wolontariat"

    class Meta:
        model = models.VolunteerIndexPage


class VolunteerOfferPageFactory(wagtail_factories.PageFactory):
    """An open, weekly, on-site offer in Kraków. Pass causes=[...], required_skills=[...] and
    nice_skills=[...] as lists of terms."""

    title = factory.Sequence(lambda n: f"Oferta wolontariatu {n}")
    summary = "Pomoc przy zajęciach."
    description = "<p>Opis zadań.</p>"
    schedule_kind = models.ScheduleKind.WEEKLY
    weekly_slots = 0b111  # Monday, all day
    place = models.OfferPlace.ON_SITE
    city = "Kraków"
    minimum_age = 18
    places_total = 5
    deadline_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=20))
    first_published_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = models.VolunteerOfferPage
        skip_postgeneration_save = True

    @factory.post_generation
    def terms(obj, create, extracted, **kwargs):
        changed = False
        for name in ("causes", "required_skills", "nice_skills"):
            if name in kwargs:
                getattr(obj, name).set(kwargs[name])
                changed = True
        if changed and create:
            obj.save()


class VolunteerFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Wolontariuszka {n}")
    email = factory.Sequence(lambda n: f"wolontariusz{n}@example.org")
    place_name = "Kraków"
    latitude = factory.LazyAttribute(lambda o: find_place(o.place_name).latitude)
    longitude = factory.LazyAttribute(lambda o: find_place(o.place_name).longitude)
    travel_km = 15
    availability = 0b111111111111111111111  # always free
    languages = 0b1  # Polish
    age_bracket = AgeBracket.AGE_30_49
    language_code = "pl"
    created_at = factory.LazyFunction(timezone.now)
    confirmed_at = factory.LazyFunction(timezone.now)
    last_active_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = models.Volunteer


def registration_form_data() -> dict:
    """A valid volunteer registration as the form posts it; the skill and cause slugs are the
    ones SkillFactory/CauseFactory get in the tests that use this."""
    return {
        "name": "Łukasz Źdźbło",
        "email": "lukasz@example.org",
        "place_name": "Kraków",
        "travel_km": "10",
        "availability": ["mon-morning"],
        "skills": ["oprowadzanie"],
        "causes": ["dziedzictwo"],
        "languages": ["pl"],
        "age_bracket": AgeBracket.AGE_18_29,
        "consent": "on",
    }


class ShiftFactory(factory.django.DjangoModelFactory):
    """A four-place shift three days from now, 9:00–13:00 Polish time. Pass offer=..."""

    start_at = factory.LazyFunction(
        lambda: (timezone.localtime() + datetime.timedelta(days=3)).replace(
            hour=9, minute=0, second=0, microsecond=0
        )
    )
    end_at = factory.LazyAttribute(lambda o: o.start_at + datetime.timedelta(hours=4))
    location = "ul. Długa 1, Kraków"
    capacity = 4

    class Meta:
        model = models.Shift


def accepted_volunteer(offer, *, agreement: bool = True, **kwargs) -> models.Volunteer:
    """A confirmed volunteer whose interest in `offer` the coordinator accepted and, unless
    `agreement=False`, whose placement agreement both sides (and a guardian) accepted."""
    from volunteering.paperwork import agreements

    volunteer = VolunteerFactory(**kwargs)
    now = timezone.now()
    interest = models.Interest.objects.create(
        volunteer=volunteer, offer=offer, status=models.InterestStatus.ACCEPTED, created_at=now
    )
    if agreement:
        signed = agreements.prepare(volunteer=volunteer, interest_id=interest.pk, now=now)
        # Long ago, so that tests on a fixed clock in the past find it signed as well.
        signed_at = now - datetime.timedelta(days=730)
        signed.volunteer_accepted_at = signed.coordinator_accepted_at = signed_at
        signed.guardian_accepted_at = signed_at
        signed.volunteer_accepted_hash = signed.text_hash
        signed.save()
    return volunteer


def worked_signup(volunteer, shift, hours: str, *, approved: bool = True) -> models.ShiftSignup:
    """A volunteer's confirmed place on a shift with the hours they worked, approved by the
    coordinator when the shift ended unless `approved=False`."""
    return models.ShiftSignup.objects.create(
        shift=shift,
        volunteer=volunteer,
        status=models.SignupStatus.CONFIRMED,
        created_at=shift.start_at,
        status_changed_at=shift.start_at,
        hours=Decimal(hours),
        hours_approved_at=shift.end_at if approved else None,
    )
