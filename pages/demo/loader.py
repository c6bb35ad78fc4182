"""Builds the demo network in Polish and English. Idempotent: pages are found by slug under
their parent and created only when missing, so a second run changes nothing."""

import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Locale, Page, Site

from pages.demo import content
from pages.demo.dates import event_shift
from pages.demo.images import get_or_create_logo
from pages.models import (
    AccessibilityStatementPage,
    AttendanceMode,
    ConferenceIndexPage,
    ConferencePage,
    NetworkHomePage,
    NetworkMembership,
    OrganisationIndexPage,
    OrganisationMembership,
    OrganisationPage,
    ProgrammeIndexPage,
    ProgrammePage,
    Topic,
)
from pages.registry import demo_loaders
from pages.site_url import parse_site_url
from pages.workspaces import ensure_all_workspaces, ensure_organisation_workspace

WARSAW = ZoneInfo("Europe/Warsaw")


def _rich(blocks: list) -> list[dict]:
    converted = []
    for kind, value in blocks:
        if kind == "heading":
            converted.append({"type": "heading", "value": {"text": value, "level": "h2"}})
        elif kind == "quote":
            converted.append({"type": "quote", "value": {"text": value, "attribution": ""}})
        else:
            converted.append({"type": kind, "value": value})
    return converted


def publish(page: Page) -> Page:
    page.save_revision().publish()
    return page


def child(parent: Page, model, slug: str):
    return model.objects.child_of(parent).filter(slug=slug).first()


def translate(page: Page, locale: Locale, fields: dict) -> Page:
    """Create the English page as a translation of the Polish one, with English text.
    Idempotent: an existing translation is returned unchanged."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return publish(translation)


def _local(parts) -> datetime.datetime:
    return datetime.datetime(*parts, tzinfo=WARSAW)


def _ensure_home(pl: Locale, en: Locale) -> tuple[NetworkHomePage, NetworkHomePage]:
    root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root", locale=pl)
    home = NetworkHomePage.objects.filter(locale=pl, depth=2).first()
    if home is None:
        # Wagtail's installer leaves a placeholder welcome page; the network home replaces it.
        for placeholder in root.get_children().filter(content_type__model="page", numchild=0):
            placeholder.delete()
        data = content.HOME["pl"]
        home = NetworkHomePage(
            title=data["title"],
            slug=data["slug"],
            locale=pl,
            introduction=data["introduction"],
            body=_rich(data["body"]),
        )
        root.add_child(instance=home)
        publish(home)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        address = parse_site_url(settings.SITE_URL)
        Site.objects.create(
            hostname=address.hostname,
            port=address.port,
            root_page=home,
            is_default_site=True,
            site_name="Sieć",
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "Sieć"
        site.save()
    data = content.HOME["en"]
    home_en = translate(
        home,
        en,
        {
            "title": data["title"],
            "slug": "network",
            "introduction": data["introduction"],
            "body": _rich(data["body"]),
        },
    )
    return home, home_en


def _ensure_index(home, home_en, model, key, en):
    data = content.INDEXES[key]
    page = child(home, model, data["pl"]["slug"])
    if page is None:
        page = model(
            title=data["pl"]["title"],
            slug=data["pl"]["slug"],
            introduction=data["pl"]["introduction"],
            show_in_menus=True,
        )
        home.add_child(instance=page)
        publish(page)
    translate(page, en, data["en"] | {"show_in_menus": True})
    return page


def _ensure_networks() -> dict[str, NetworkMembership]:
    networks = {}
    for data in content.NETWORKS:
        network, _ = NetworkMembership.objects.get_or_create(name=data["name"], defaults=data)
        networks[data["acronym"]] = network
    return networks


def _qualifier(raw: str, language: str) -> str:
    if "|" not in raw:
        return raw
    polish, english = raw.split("|")
    return polish if language == "pl" else english


def _organisation_streams(data: dict, language: str) -> dict:
    return {
        "body": _rich(data[language]["body"]),
        "impact_figures": [
            {
                "type": "figure",
                "value": {
                    "qualifier": _qualifier(item["qualifier"], language),
                    "number": item["number"],
                    "label": item[f"label_{language}"],
                },
            }
            for item in data.get("impact", [])
        ],
        "timeline": [
            {
                "type": "milestone",
                "value": {
                    "year": item["year"],
                    "month": item.get("month"),
                    "title": item[language],
                    "text": "",
                },
            }
            for item in data.get("timeline", [])
        ],
    }


def _ensure_organisation(index: OrganisationIndexPage, data: dict, networks, en: Locale):
    pl_data = data["pl"]
    organisation = child(index, OrganisationPage, pl_data["slug"])
    if organisation is None:
        organisation = OrganisationPage(
            title=pl_data["title"],
            slug=pl_data["slug"],
            short_name=data["short_name"],
            legal_form=data["legal_form"],
            founding_date=data["founding_date"],
            mission=pl_data["mission"],
            city=data["city"],
            latitude=Decimal(data["latitude"]),
            longitude=Decimal(data["longitude"]),
            accreditations=[
                {"type": "accreditation", "value": item} for item in data.get("accreditations", [])
            ],
            **_organisation_streams(data, "pl"),
        )
        organisation.memberships = [
            OrganisationMembership(network=networks[acronym], since_year=year)
            for acronym, year in data.get("memberships", [])
        ]
        index.add_child(instance=organisation)
        organisation.areas_of_work.add(*data["areas"])
        workspace = ensure_organisation_workspace(organisation=organisation)
        organisation.logo = get_or_create_logo(
            title=f"Logo {data['short_name']}",
            initials=data["short_name"],
            colour=data["colour"],
            collection=workspace.collection,
        )
        organisation.save()
        publish(organisation)
    en_data = data["en"]
    translate(
        organisation,
        en,
        {
            "title": en_data["title"],
            "slug": en_data["slug"],
            "mission": en_data["mission"],
            **_organisation_streams(data, "en"),
        },
    )
    return organisation


def _programme_fields(data: dict, language: str) -> dict:
    text = data[language]
    return {
        "title": text["title"],
        "slug": text["slug"],
        "summary": text["summary"],
        "goals": [{"type": "goal", "value": goal} for goal in text["goals"]],
        "activities": [
            {"type": "activity", "value": {"title": title, "description": description}}
            for title, description in text["activities"]
        ],
        "target_groups": [
            {
                "type": "target_group",
                "value": {
                    "name": names[language],
                    "planned_participants": count,
                    "description": "",
                },
            }
            for names, count in data.get("target_groups", [])
        ],
        "partners": [
            {
                "type": "partner",
                "value": {
                    "name": partner[language][0],
                    "role": partner[language][1],
                    "website": "",
                },
            }
            for partner in data.get("partners", [])
        ],
        "places": [{"type": "place", "value": place} for place in data["places"][language]],
        "funder": data.get("funder", {}).get(language, ""),
        "funding_programme": data.get("funding_programme", {}).get(language, ""),
        "funding_statement": text.get("funding_statement", ""),
    }


def _ensure_programme(organisation, data, en):
    fields = _programme_fields(data, "pl")
    programme = child(organisation, ProgrammePage, fields["slug"])
    if programme is None:
        programme = ProgrammePage(
            start_date=data["start_date"], end_date=data["end_date"], **fields
        )
        organisation.add_child(instance=programme)
        programme.tags.add(*data["tags"])
        programme.save()
        publish(programme)
    translate(programme, en, _programme_fields(data, "en"))
    return programme


def _agenda(items, shift: datetime.timedelta) -> list[dict]:
    return [
        {
            "type": "session",
            "value": {
                "date": (datetime.date(*day) + shift).isoformat(),
                "start_time": datetime.time(*start).isoformat(),
                "end_time": datetime.time(*end).isoformat(),
                "title": title,
                "description": "",
                "room": "",
                "speakers": [
                    {"name": name, "affiliation": affiliation} for name, affiliation in speakers
                ],
            },
        }
        for day, start, end, title, speakers in items
    ]


def _conference_text(data: dict, language: str, shift: datetime.timedelta) -> dict:
    text = data[language]
    return {
        "title": text["title"],
        "slug": text["slug"],
        "summary": text["summary"],
        "accessibility_info": text.get("accessibility_info", ""),
        "price_note": text.get("price_note", ""),
        "agenda": _agenda(text["agenda"], shift),
    }


def _ensure_conference(organisation, data, en):
    shift = event_shift(data, today=timezone.localdate())
    fields = _conference_text(data, "pl", shift)
    conference = child(organisation, ConferencePage, fields["slug"])
    if conference is None:
        conference = ConferencePage(
            kind=data["kind"],
            start_at=_local(data["start"]) + shift,
            end_at=_local(data["end"]) + shift,
            attendance_mode=data.get("attendance_mode", AttendanceMode.IN_PERSON),
            venue_name=data["venue_name"],
            city=data["city"],
            latitude=Decimal(data["latitude"]),
            longitude=Decimal(data["longitude"]),
            online_url=data.get("online_url", ""),
            is_free=data["is_free"],
            price=Decimal(data["price"]) if data.get("price") else None,
            registration_mode=data["registration_mode"],
            capacity=data.get("capacity"),
            registration_closes_at=_local(data["closes"]) + shift if data.get("closes") else None,
            **fields,
        )
        organisation.add_child(instance=conference)
        conference.tags.add(*data["tags"])
        conference.save()
        publish(conference)
    translate(conference, en, _conference_text(data, "en", shift))
    return conference


@transaction.atomic
def _ensure_accessibility_statement(home, en):
    data = content.ACCESSIBILITY_STATEMENT
    statement = child(home, AccessibilityStatementPage, data["pl"]["slug"])
    if statement is None:
        statement = AccessibilityStatementPage(**data["facts"], **data["pl"])
        home.add_child(instance=statement)
        publish(statement)
    translate(statement, en, data["en"])


def _ensure_topics(pl: Locale, en: Locale) -> None:
    """The demo's tags as topics, with their English translations (pages.topics)."""
    for polish, english in content.TOPICS.items():
        slug = slugify(polish)
        topic = Topic.objects.filter(locale=pl, slug=slug).first()
        if topic is None:
            topic = Topic.objects.create(locale=pl, name=polish, slug=slug)
        if not Topic.objects.filter(locale=en, translation_key=topic.translation_key).exists():
            translation = topic.copy_for_translation(en)
            translation.name = english
            translation.save()


def load_demo_network() -> dict:
    pl = Locale.objects.get(language_code="pl")
    en = Locale.objects.get(language_code="en")
    _ensure_topics(pl, en)
    home, home_en = _ensure_home(pl, en)
    organisation_index = _ensure_index(home, home_en, OrganisationIndexPage, "organisations", en)
    _ensure_index(home, home_en, ProgrammeIndexPage, "programmes", en)
    _ensure_index(home, home_en, ConferenceIndexPage, "events", en)
    networks = _ensure_networks()
    organisations = {
        data["key"]: _ensure_organisation(organisation_index, data, networks, en)
        for data in content.ORGANISATIONS
    }
    for data in content.PROGRAMMES:
        _ensure_programme(organisations[data["organisation"]], data, en)
    for data in content.CONFERENCES:
        _ensure_conference(organisations[data["organisation"]], data, en)
    _ensure_accessibility_statement(home, en)
    for loader in demo_loaders():
        loader(home=home, organisations=organisations, locales={"pl": pl, "en": en})
    # Plugins installed after the organisations were created add editor permissions too.
    ensure_all_workspaces()
    return {"home": home, "organisations": organisations}
