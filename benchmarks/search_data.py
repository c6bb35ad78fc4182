"""A synthetic network of documents for the search benchmark, in Polish and English, built in
bulk: NetworkDocuments for the engine, the database entries (the fallback) and job posting
pages with the same text for Wagtail's own database backend.

Every document mentions "organizacja"/"organization" (the common term, like the issue's term
found in every row); about one in 5,000 mentions "numizmatyka"/"numismatics" (the rare term)."""

import datetime
import random
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from wagtail.models import Page

from benchmarks.bulk import insert_pages, tree_fields
from jobs.models import JobCategory, JobPostingPage
from pages.geo import find_place, place_names
from search import fallback
from search.models import NetworkEntry
from search.registry import NetworkDocument

KINDS = ["job"] * 8 + ["volunteer"] * 6 + ["programme"] * 3 + ["conference"] * 2 + ["organisation"]
EMPLOYMENT = ["EMPLOYMENT_CONTRACT", "MANDATE_CONTRACT", "B2B", "INTERNSHIP"]
RARE_EVERY = 5000

TEXT = {
    "pl": {
        "roles": [
            "Księgowy / Księgowa",
            "Pomoc księgowego / księgowej",
            "Koordynator / Koordynatorka wolontariatu",
            "Specjalista / Specjalistka ds. projektów unijnych",
            "Dyrektor / Dyrektorka finansowa",
            "Animator / Animatorka kultury",
            "Doradca / Doradczyni organizacji pozarządowych",
            "Asystent / Asystentka biura",
            "Wolontariat przy festiwalu",
            "Warsztaty z seniorami",
            "Pomoc w świetlicy dla dzieci",
            "Tłumaczenia dla rodzin z Ukrainy",
        ],
        "sentences": [
            "Nasza organizacja wspiera mieszkańców Małopolski od wielu lat.",
            "Szukamy osoby, która lubi pracę z ludźmi i samodzielnie planuje zadania.",
            "Prowadzimy rozliczenia projektów unijnych i grantów samorządowych.",
            "Zapewniamy szkolenia, opiekę koordynatora i elastyczne godziny.",
            "Wolontariusze pomagają przy wydarzeniach kulturalnych i warsztatach.",
            "Współpracujemy z seniorami, szkołami i lokalnymi instytucjami kultury.",
            "Do zadań należy prowadzenie dokumentacji księgowej i sprawozdań.",
            "Oferujemy umowę o pracę, dofinansowanie kursów i przyjazny zespół.",
            "Organizujemy spotkania sąsiedzkie, festyny i akcje ekologiczne.",
            "Potrzebujemy wsparcia w tłumaczeniach i komunikacji z rodzinami.",
        ],
        "words": "fundacji stowarzyszenia gminy powiatu ośrodka świetlicy biblioteki muzeum "
        "teatru kultury edukacji dziedzictwa ekologii zdrowia młodzieży dzieci seniorów "
        "rodzin migrantów sąsiadów wolontariuszy koordynatorów księgowości finansów "
        "budżetu projektów grantów sprawozdań raportów warsztatów szkoleń spotkań festiwalu "
        "koncertu wystawy spaceru konferencji debaty kampanii zbiórki darowizn partnerów",
        "common": "organizacja",
        "rare": "numizmatyka",
        "organisations": "Fundacja Stowarzyszenie Instytut Centrum Towarzystwo Ośrodek",
        "tags": ["Księgowość", "Wolontariat", "Seniorzy", "Edukacja", "Kultura", "Ekologia"],
    },
    "en": {
        "roles": [
            "Accountant",
            "Accounting assistant",
            "Volunteer coordinator",
            "European projects specialist",
            "Financial director",
            "Cultural animator",
            "NGO advisor",
            "Office assistant",
            "Festival volunteering",
            "Workshops with seniors",
            "Help at a children's club",
            "Translation for families from Ukraine",
        ],
        "sentences": [
            "Our organization has supported people in Małopolska for many years.",
            "We are looking for someone who enjoys working with people and plans their own tasks.",
            "We settle European projects and local government grants.",
            "We provide training, a coordinator's support and flexible hours.",
            "Volunteers help at cultural events and workshops.",
            "We work with seniors, schools and local cultural institutions.",
            "The duties include keeping the accounts and preparing reports.",
            "We offer an employment contract, paid courses and a friendly team.",
            "We organise neighbourhood meetings, fairs and environmental campaigns.",
            "We need help with translations and talking to families.",
        ],
        "words": "foundation association municipality county centre club library museum "
        "theatre culture education heritage ecology health youth children seniors families "
        "migrants neighbours volunteers coordinators accounting finance budget projects "
        "grants reports workshops trainings meetings festival concert exhibition walk "
        "conference debate campaign fundraising donations partners",
        "common": "organization",
        "rare": "numismatics",
        "organisations": "Foundation Association Institute Centre Society House",
        "tags": ["Accounting", "Volunteering", "Seniors", "Education", "Culture", "Ecology"],
    },
}


# A place the geo queries and the saved searches centre on.
TARNOW = {"city": "Tarnów", "latitude": 50.0121, "longitude": 20.9858, "radius_km": 50}


def alert_criteria(rng: random.Random, language: str) -> dict:
    """A saved search's criteria as people set them: a word, a role or nothing; one or both
    kinds; sometimes a tag, a place with a radius, or a type of contract."""
    words, roles = TEXT[language]["words"].split(), TEXT[language]["roles"]
    criteria = {
        "q": rng.choice([rng.choice(words), rng.choice(roles).split()[0].lower(), ""]),
        "kinds": rng.choice([["job"], ["volunteer"], ["job", "volunteer"]]),
        "organisation": "",
        "tag": rng.choice(TEXT[language]["tags"]) if rng.random() < 0.2 else "",
        "city": "",
        "latitude": None,
        "longitude": None,
        "radius_km": None,
        "employment_type": "",
    }
    if rng.random() < 0.3:
        criteria.update(TARNOW | {"radius_km": rng.choice([20, 50, 100])})
    if rng.random() < 0.2:
        criteria["employment_type"] = rng.choice(["EMPLOYMENT_CONTRACT", "B2B"])
    return criteria


def documents(count: int, *, seed: int = 11, first_page_id: int = 1_000_000):
    """`count` documents, alternately Polish and English, with made-up page ids (the engine
    and the comparison need no pages)."""
    rng = random.Random(seed)
    towns = [find_place(name) for name in place_names()[:40]]
    now = timezone.now()
    today = timezone.localdate()
    for number in range(count):
        language = "pl" if number % 2 == 0 else "en"
        text = TEXT[language]
        kind = rng.choice(KINDS)
        town = rng.choice(towns)
        words = text["words"].split()
        body = " ".join(rng.choice(words) for _ in range(rng.randrange(30, 70)))
        summary = " ".join(rng.sample(text["sentences"], 2)) + f" {text['common']}"
        if number % RARE_EVERY in (7, 8):  # one Polish and one English
            body += f" {text['rare']}"
        organisation = f"{rng.choice(text['organisations'].split())} {rng.randrange(1, 300)}"
        yield NetworkDocument(
            page_id=first_page_id + number,
            kind=kind,
            language=language,
            title=f"{rng.choice(text['roles'])} {number}",
            url=f"/{language}/{kind}/{number}/",
            summary=summary,
            body=body,
            organisation=organisation,
            tags=rng.sample(text["tags"], 2),
            city=town.name,
            latitude=town.latitude,
            longitude=town.longitude,
            remote=rng.random() < 0.1,
            start_date=today + datetime.timedelta(days=rng.randrange(1, 90)),
            deadline_date=(
                today + datetime.timedelta(days=rng.randrange(5, 60))
                if kind in ("job", "volunteer")
                else None
            ),
            salary_min=float(rng.randrange(4500, 9000, 100)) if kind == "job" else None,
            salary_max=float(rng.randrange(9000, 14000, 100)) if kind == "job" else None,
            employment_type=rng.choice(EMPLOYMENT) if kind == "job" else "",
            published_at=now - datetime.timedelta(minutes=number),
        )


@transaction.atomic
def build_pages_and_entries(docs: list[NetworkDocument], *, parents: dict[str, Page]) -> None:
    """Job posting pages with each document's text (for Wagtail's own backend) and the
    database entries pointing at them (for the fallback); the documents get the page ids."""
    by_language: dict[str, list[NetworkDocument]] = {"pl": [], "en": []}
    for doc in docs:
        by_language[doc.language].append(doc)
    for language, group in by_language.items():
        parent = Page.objects.select_for_update().get(pk=parents[language].pk)
        category = JobCategory.objects.filter(locale_id=parent.locale_id).first()
        start = parent.numchild
        pages = []
        for offset, doc in enumerate(group):
            number = start + offset + 1
            pages.append(
                JobPostingPage(
                    title=doc.title,
                    draft_title=doc.title,
                    **tree_fields(
                        parent=parent, number=number, slug=f"s{doc.page_id}", model=JobPostingPage
                    ),
                    first_published_at=doc.published_at,
                    last_published_at=doc.published_at,
                    category=category,
                    employment_type=doc.employment_type or "EMPLOYMENT_CONTRACT",
                    working_time="FULL_TIME",
                    salary_min=Decimal("5000"),
                    salary_max=Decimal("9000"),
                    salary_basis="GROSS",
                    salary_period="MONTH",
                    work_mode="ON_SITE",
                    city=doc.city,
                    latitude=Decimal(str(doc.latitude)),
                    longitude=Decimal(str(doc.longitude)),
                    deadline_date=doc.deadline_date or timezone.localdate(),
                    summary=doc.summary,
                    responsibilities=f"<p>{doc.body}</p>",
                    requirements="",
                    offer="",
                    apply_method="FORM",
                    data_protection_notice="<p>RODO.</p>",
                    retention_months=6,
                )
            )
        insert_pages(parent=parent, pages=pages, start=start)
        for doc, page in zip(group, pages, strict=True):
            doc.page_id = page.pk
    NetworkEntry.objects.bulk_create([entry_for(doc) for doc in docs], batch_size=2000)


def entry_for(doc: NetworkDocument) -> NetworkEntry:
    return NetworkEntry(page_id=doc.page_id, **fallback.entry_fields(doc))
