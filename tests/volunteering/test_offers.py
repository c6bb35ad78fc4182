"""The offer page, its structured data, the network listing and its filters."""

import datetime
import json

from django.utils import timezone

import pytest

from volunteering.factories import CauseFactory, VolunteerOfferPageFactory
from volunteering.models import OfferPlace, ScheduleKind, Skill

pytestmark = pytest.mark.django_db


def json_ld(html: str) -> list[dict]:
    import extruct

    return extruct.extract(html, syntaxes=["json-ld"])["json-ld"]


def test_an_open_offer_carries_volunteer_job_posting_data(client, offer, organisation):
    data = json_ld(client.get(offer.url).content.decode())

    (posting,) = [d for d in data if d.get("@type") == "JobPosting"]
    assert posting["employmentType"] == "VOLUNTEER"
    assert posting["title"] == offer.title
    assert posting["hiringOrganization"]["name"] == organisation.title
    assert posting["jobLocation"]["address"]["addressLocality"] == "Kraków"
    assert posting["validThrough"].startswith(offer.deadline_date.isoformat()) is False


def test_a_remote_offer_says_telecommute(client, volunteer_index):
    remote = VolunteerOfferPageFactory(
        parent=volunteer_index, place=OfferPlace.REMOTE, city="", schedule_kind="FLEXIBLE"
    )

    (posting,) = json_ld(client.get(remote.url).content.decode())

    assert posting["jobLocationType"] == "TELECOMMUTE"
    assert "jobLocation" not in posting


def test_a_closed_offer_has_a_banner_no_structured_data_and_no_index(client, volunteer_index):
    closed = VolunteerOfferPageFactory(
        parent=volunteer_index, deadline_date=timezone.localdate() - datetime.timedelta(days=2)
    )

    html = client.get(closed.url).content.decode()

    assert "nie przyjmuje już wolontariuszy" in html
    assert '<meta name="robots" content="noindex">' in html
    assert json_ld(html) == []


def test_the_listing_filters_and_explains_bad_filters(client, board, volunteer_index, terms):
    children = CauseFactory(name="Dzieci", slug="dzieci")
    VolunteerOfferPageFactory(
        parent=volunteer_index,
        title="W Krakowie dla dzieci",
        weekly_slots=0b011,  # Monday morning and afternoon
        terms__causes=[children],
    )
    VolunteerOfferPageFactory(
        parent=volunteer_index,
        title="W Skawinie dla seniorów",
        city="Skawina",
        weekly_slots=0b001,
        seniors_welcome=True,
        terms__causes=[terms["seniors"]],
        terms__required_skills=[terms["first_aid"]],
    )
    VolunteerOfferPageFactory(
        parent=volunteer_index,
        title="Zdalnie wieczorem",
        place=OfferPlace.REMOTE,
        city="",
        weekly_slots=1 << 20,
        minimum_age=16,
        suitable_for_minors=True,
    )

    def titles(query):
        response = client.get(board.url + query)
        assert response.status_code == 200, response.content
        return sorted(offer.title for offer in response.context["results"])

    assert titles("?cause=dzieci") == ["W Krakowie dla dzieci"]
    assert titles("?skill=pierwsza-pomoc") == ["W Skawinie dla seniorów"]
    assert titles("?seniors=on") == ["W Skawinie dla seniorów"]
    assert titles("?minors=on") == ["Zdalnie wieczorem"]
    assert titles("?remote=on") == ["Zdalnie wieczorem"]
    assert titles("?city=Skawina&radius=5") == ["W Skawinie dla seniorów"]
    assert titles("?city=krakow&radius=20") == ["W Krakowie dla dzieci", "W Skawinie dla seniorów"]
    assert titles("?period=4") == ["Zdalnie wieczorem"]  # evenings
    assert titles(f"?schedule={ScheduleKind.WEEKLY}") == [
        "W Krakowie dla dzieci",
        "W Skawinie dla seniorów",
        "Zdalnie wieczorem",
    ]
    for bad in ("?cause=nie-ma", "?city=Atlantyda", "?radius=20", "?radius=abc", "?page=0"):
        response = client.get(board.url + bad)
        assert response.status_code == 400, bad
        assert response.context["filter_form"].errors


def test_the_keyword_box_finds_offers_without_regard_to_diacritics_or_case(
    client, board, volunteer_index
):
    VolunteerOfferPageFactory(parent=volunteer_index, title="Pomoc seniorom w Łodzi")
    VolunteerOfferPageFactory(parent=volunteer_index, title="Oprowadzanie po muzeum")

    response = client.get(board.url, {"q": "LODZI seniorom"})

    assert [offer.title for offer in response.context["results"]] == ["Pomoc seniorom w Łodzi"]


def test_a_cause_or_skill_slug_from_the_polish_board_works_on_the_english_one(
    client, board, volunteer_index, terms, locales
):
    from django.http import QueryDict

    from volunteering.filters import OfferFilterSet
    from volunteering.models import VolunteerOfferPage

    for term in (terms["seniors"], terms["first_aid"]):
        english = term.copy_for_translation(locales["en"])
        english.name, english.slug = f"EN {term.name}", f"en-{term.slug}"
        english.save()

    filters = OfferFilterSet(
        QueryDict("cause=seniorzy&skill=pierwsza-pomoc"),
        VolunteerOfferPage.objects.all(),
        locale_id=locales["en"].pk,
        language_code="en",
        now=timezone.now(),
    )

    assert filters.is_valid(), filters.errors
    assert filters.form.cleaned_data["cause"] == "en-seniorzy"
    assert filters.form.cleaned_data["skill"] == "en-pierwsza-pomoc"


def test_terms_translations_share_one_bit(locales):
    skill = Skill.objects.create(name="Fotografia", slug="fotografia", locale=locales["pl"])
    english = skill.copy_for_translation(locales["en"])
    english.name, english.slug = "Photography", "photography"
    english.save()
    other = Skill.objects.create(name="Pierwsza pomoc", slug="pierwsza-pomoc", locale=locales["pl"])

    assert english.bit == skill.bit
    assert other.bit != skill.bit


def test_the_english_offer_keeps_the_terms_and_shows_english_names(client, offer, locales):
    from pages.demo.loader import translate

    for term in [*offer.causes.all(), *offer.required_skills.all()]:
        english = term.copy_for_translation(locales["en"])
        english.name, english.slug = f"EN {term.name}", f"en-{term.slug}"
        english.save()
    organisation = offer.get_parent().get_parent()
    for page in (
        *organisation.get_ancestors().filter(depth__gt=1),
        organisation,
        offer.get_parent(),
    ):
        translate(page.specific, locales["en"], {})
    english_offer = translate(offer, locales["en"], {"title": "Guiding in Kraków"})

    assert english_offer.causes_mask == offer.causes_mask
    assert english_offer.required_skills_mask == offer.required_skills_mask
    html = client.get(english_offer.url).content.decode()
    assert "EN Oprowadzanie" in html
    assert json.dumps("Guiding in Kraków")[1:-1] in html or "Guiding in Kraków" in html


def test_an_editor_publishes_an_offer_and_its_sets_follow_the_form(
    client, volunteer_index, terms, editor_of, organisation
):
    from wagtail.test.utils.form_data import nested_form_data, rich_text

    from volunteering.models import VolunteerOfferPage

    editor = editor_of(organisation, "redaktorka")
    client.force_login(editor)
    data = nested_form_data(
        {
            "title": "Spacery z seniorami",
            "slug": "spacery",
            "summary": "Wtorkowe spacery.",
            "description": rich_text("<p>Spacerujemy po Plantach.</p>"),
            "schedule_kind": "WEEKLY",
            "place": "ON_SITE",
            "city": "Kraków",
            "minimum_age": "18",
            "places_total": "3",
            "places_filled": "0",
            "deadline_date": (timezone.localdate() + datetime.timedelta(days=9)).isoformat(),
            "coordinator": str(editor.pk),
            "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0, "MIN_NUM_FORMS": 0},
            "action-publish": "publish",
        }
    )
    # Multiple-choice fields post one value per ticked box (nested_form_data would number them).
    data |= {
        "causes": [terms["seniors"].pk],
        "required_skills": [terms["first_aid"].pk],
        "nice_skills": [terms["photo"].pk],
        "weekly_slots": ["tue-morning", "tue-afternoon"],
    }

    response = client.post(
        f"/admin/pages/add/volunteering/volunteerofferpage/{volunteer_index.pk}/", data
    )

    assert response.status_code == 302, response.context["form"].errors
    offer = VolunteerOfferPage.objects.get(slug="spacery")
    assert offer.live
    assert offer.causes_mask == terms["seniors"].mask
    assert offer.required_skills_mask == terms["first_aid"].mask
    assert offer.nice_skills_mask == terms["photo"].mask
    assert offer.slots_mask == offer.weekly_slots == 0b11 << 3  # Tuesday morning, afternoon
    assert (float(offer.latitude), float(offer.longitude)) == (50.0647, 19.945)


def test_the_page_editor_refuses_an_inconsistent_offer(client, volunteer_index, terms, admin_user):
    from volunteering.models import VolunteerOfferPage

    page = VolunteerOfferPage(
        title="Zła oferta",
        summary="x",
        description="<p>x</p>",
        schedule_kind="WEEKLY",
        weekly_slots=0,
        place="ON_SITE",
        city="Atlantyda",
        minimum_age=16,
        places_total=2,
        places_filled=3,
    )
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as error:
        page.full_clean()

    assert {"weekly_slots", "latitude", "suitable_for_minors", "places_filled"} <= set(
        error.value.message_dict
    )


def test_the_coordinators_address_never_reaches_the_public_page(
    client, offer, editor_of, organisation
):
    coordinator = editor_of(organisation, "ukryta-koordynatorka")
    offer.coordinator = coordinator
    offer.save_revision().publish()

    html = client.get(offer.url).content.decode()

    assert "ukryta-koordynatorka@example.org" not in html


def test_volunteers_and_interests_are_never_indexed_for_search(offer):
    from wagtail.search.index import get_indexed_models

    from volunteering.factories import VolunteerFactory
    from volunteering.models import Consent, Interest, Volunteer

    VolunteerFactory(name="Prywatna Osoba")

    assert not {Volunteer, Interest, Consent} & set(get_indexed_models())
    from wagtail.models import Page

    assert list(Page.objects.live().search("Prywatna")) == []


def test_an_organisations_volunteering_page_pages_through_its_offers_like_the_job_page(
    client, volunteer_index
):
    for number in range(13):
        VolunteerOfferPageFactory(parent=volunteer_index, title=f"Oferta {number:02d}")

    first = client.get(volunteer_index.url)
    second = client.get(volunteer_index.url, {"page": "2"})

    assert len(first.context["results"]) == 12
    assert len(second.context["results"]) == 1
    assert 'rel="next"' in first.content.decode()
    assert "Oferta 12" in second.content.decode()
