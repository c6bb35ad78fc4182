"""The five postings of the seeds, for the demo network (idempotent, Polish and English)."""

import datetime
from decimal import Decimal

from django.utils import timezone

from jobs.demo_content import CATEGORIES, NOTICE, POSTINGS
from jobs.models import JobBoardPage, JobCategory, JobIndexPage, JobPostingPage
from pages.demo.loader import child, publish, translate


def _categories(locales) -> dict[str, tuple[JobCategory, JobCategory]]:
    result = {}
    for slug_pl, name_pl, slug_en, name_en in CATEGORIES:
        polish, _ = JobCategory.objects.get_or_create(
            locale=locales["pl"], slug=slug_pl, defaults={"name": name_pl}
        )
        english = polish.get_translation_or_none(locales["en"])
        if english is None:
            english = polish.copy_for_translation(locales["en"])
            english.name, english.slug = name_en, slug_en
            english.save()
        result[slug_pl] = (polish, english)
    return result


def load_demo_jobs(*, home, organisations, locales):
    en = locales["en"]
    board = JobBoardPage.objects.child_of(home).first()
    if board is None:
        board = JobBoardPage(
            title="Praca",
            slug="praca",
            show_in_menus=True,
            introduction="Oferty pracy w organizacjach sieci – zawsze z widełkami wynagrodzenia.",
        )
        home.add_child(instance=board)
        publish(board)
    translate(
        board,
        en,
        {
            "title": "Jobs",
            "slug": "jobs",
            "show_in_menus": True,
            "introduction": "Jobs in the network's organisations – always with a salary range.",
        },
    )
    categories = _categories(locales)
    bis = organisations["bis"]
    index = JobIndexPage.objects.child_of(bis).first()
    if index is None:
        index = JobIndexPage(title="Praca w BIS", slug="praca")
        bis.add_child(instance=index)
        publish(index)
    translate(index, en, {"title": "Jobs at BIS", "slug": "jobs"})
    today = timezone.localdate()
    for data in POSTINGS:
        posting = child(index, JobPostingPage, data["pl"]["slug"])
        low, high, period = data["salary"]
        if posting is None:
            posting = JobPostingPage(
                category=categories[data["category"]][0],
                employment_type=data["employment_type"],
                working_time=data["working_time"],
                hours_per_week=data.get("hours"),
                salary_min=Decimal(low),
                salary_max=Decimal(high),
                salary_period=period,
                work_mode=data["work_mode"],
                city="Kraków",
                latitude=Decimal("50.061400"),
                longitude=Decimal("19.937200"),
                deadline_date=today + datetime.timedelta(days=data["days"]),
                data_protection_notice=NOTICE["pl"],
                contact_name="Zespół BIS",
                **data["pl"],
            )
            index.add_child(instance=posting)
            publish(posting)
        translate(
            posting,
            en,
            {
                **data["en"],
                # The contact is the page's own field on a translation, so English readers
                # are not shown the Polish team name.
                "contact_name": "BIS team",
                "category": categories[data["category"]][1],
                "data_protection_notice": NOTICE["en"],
            },
        )
