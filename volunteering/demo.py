"""Volunteer offers and fictional volunteers for the demo network (idempotent)."""

import datetime
from decimal import Decimal

from django.utils import timezone

from pages.demo.loader import child, publish, translate
from pages.geo import find_place
from pages.models import ProgrammePage
from volunteering.demo_content import CAUSES, INDEXES, OFFERS, SKILLS, VOLUNTEERS
from volunteering.models import (
    Cause,
    Interest,
    Skill,
    Volunteer,
    VolunteerBoardPage,
    VolunteerIndexPage,
    VolunteerOfferPage,
)
from volunteering.models.pages import OfferPlace
from volunteering.options import period_options, weekly_slot_options
from volunteering.paperwork.demo import load_demo_paperwork
from volunteering.profile_choices import language_mask


def _terms(model, rows, locales) -> dict:
    by_slug = {}
    for slug_pl, name_pl, slug_en, name_en in rows:
        polish, _ = model.objects.get_or_create(
            locale=locales["pl"], slug=slug_pl, defaults={"name": name_pl}
        )
        if polish.get_translation_or_none(locales["en"]) is None:
            english = polish.copy_for_translation(locales["en"])
            english.name, english.slug = name_en, slug_en
            english.save()
        by_slug[slug_pl] = polish
    return by_slug


def _mask(options, keys) -> int:
    masks = {key: mask for key, _label, mask in options()}
    return sum(masks[key] for key in keys)


def _board(home, en):
    board = VolunteerBoardPage.objects.child_of(home).first()
    if board is None:
        board = VolunteerBoardPage(
            title="Wolontariat",
            slug="wolontariat",
            show_in_menus=True,
            introduction="Oferty wolontariatu w organizacjach sieci. Zarejestruj się, a pokażemy, "
            "które pasują do Ciebie – i dlaczego.",
        )
        home.add_child(instance=board)
        publish(board)
    translate(
        board,
        en,
        {
            "title": "Volunteering",
            "slug": "volunteering",
            "show_in_menus": True,
            "introduction": "Volunteer offers in the network's organisations. Register and we "
            "will show you which fit you – and why.",
        },
    )


def first_weekend_after(day: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The Saturday and Sunday of the first weekend on or after `day`.

    The demo's one-off activities are weekend events; dating them a fixed number of days
    ahead would put them on any weekday, and a volunteer free on Saturdays would match them
    or not depending on the day the demo was loaded."""
    saturday = day + datetime.timedelta(days=(5 - day.weekday()) % 7)
    return saturday, saturday + datetime.timedelta(days=1)


def one_off_dates(data: dict, *, today: datetime.date) -> tuple[datetime.date | None, ...]:
    if "weekend_after_days" not in data:
        return None, None
    return first_weekend_after(today + datetime.timedelta(days=data["weekend_after_days"]))


def _offer(index, data, skills, causes, en, today):
    offer = child(index, VolunteerOfferPage, data["pl"]["slug"])
    if offer is None:
        start_date, end_date = one_off_dates(data, today=today)
        place = find_place(data["city"]) if data.get("city") else None
        offer = VolunteerOfferPage(
            schedule_kind=data["schedule_kind"],
            start_date=start_date,
            end_date=end_date,
            one_off_periods=_mask(period_options, data.get("one_off_periods", [])),
            weekly_slots=_mask(weekly_slot_options, data.get("weekly_slots", [])),
            hours_per_week=data.get("hours_per_week"),
            place=data.get("place", OfferPlace.ON_SITE),
            city=place.name if place else "",
            latitude=Decimal(str(place.latitude)) if place else None,
            longitude=Decimal(str(place.longitude)) if place else None,
            minimum_age=data["minimum_age"],
            suitable_for_minors=data.get("suitable_for_minors", False),
            seniors_welcome=data.get("seniors_welcome", False),
            required_languages=language_mask(data["languages"]),
            places_total=data["places_total"],
            deadline_date=today + datetime.timedelta(days=data["deadline_days"])
            if data["deadline_days"]
            else None,
            accessibility=data.get("accessibility", {}).get("pl", ""),
            programme=ProgrammePage.objects.filter(
                slug=data.get("programme"), locale__language_code="pl"
            ).first(),
            **data["pl"],
        )
        offer.causes = [causes[slug] for slug in data["causes"]]
        offer.required_skills = [skills[slug] for slug in data["required"]]
        offer.nice_skills = [skills[slug] for slug in data["nice"]]
        index.add_child(instance=offer)
        publish(offer)
    translate(
        offer, en, {**data["en"], "accessibility": data.get("accessibility", {}).get("en", "")}
    )
    return offer


def _volunteers(skills, causes, now) -> list[Volunteer]:
    people = []
    for data in VOLUNTEERS:
        place = find_place(data["place"])
        volunteer, _ = Volunteer.objects.get_or_create(
            email=data["email"],
            defaults={
                "name": data["name"],
                "place_name": place.name,
                "latitude": place.latitude,
                "longitude": place.longitude,
                "travel_km": data["travel_km"],
                "skills": sum(1 << skills[slug].bit for slug in data["skills"]),
                "causes": sum(1 << causes[slug].bit for slug in data["causes"]),
                "availability": _mask(weekly_slot_options, data["availability"]),
                "languages": language_mask(data["languages"]),
                "age_bracket": data["age_bracket"],
                "remote_ok": data["remote_ok"],
                "discoverable": data["discoverable"],
                "language_code": data["language_code"],
                "created_at": now,
                "confirmed_at": now,
                "last_active_at": now,
            },
        )
        people.append(volunteer)
    return people


def load_demo_volunteering(*, home, organisations, locales):
    en = locales["en"]
    _board(home, en)
    skills = _terms(Skill, SKILLS, locales)
    causes = _terms(Cause, CAUSES, locales)
    today = timezone.localdate()
    offers = []
    for data in OFFERS:
        organisation = organisations[data["organisation"]]
        index = VolunteerIndexPage.objects.child_of(organisation).first()
        if index is None:
            pl_fields, _en_fields = INDEXES[data["organisation"]]
            index = VolunteerIndexPage(**pl_fields)
            organisation.add_child(instance=index)
            publish(index)
        translate(index, en, INDEXES[data["organisation"]][1])
        offers.append(_offer(index, data, skills, causes, en, today))
    now = timezone.now()
    people = _volunteers(skills, causes, now)
    # One expression of interest, so the coordinator's admin view has something to answer.
    Interest.objects.get_or_create(
        volunteer=people[1], offer=offers[0], defaults={"created_at": now}
    )
    # One placement with a signed agreement and an issued certificate (issue 19, point 8).
    load_demo_paperwork(
        offer=offers[0],
        volunteer=people[0],
        organisation=organisations[OFFERS[0]["organisation"]],
        now=now,
    )
