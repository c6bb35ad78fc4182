"""Build many pages in bulk: one INSERT per batch instead of Wagtail's page-by-page add_child
(about 11–38 pages/s here), writing the tree paths treebeard would write."""

import datetime
import random
import uuid
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone

from wagtail.models import Page

from jobs.models import JobCategory, JobPostingPage
from pages.geo import find_place, place_names

BATCH = 1000
EMPLOYMENT = ["EMPLOYMENT_CONTRACT", "MANDATE_CONTRACT", "B2B", "INTERNSHIP"]
WORKING_TIME = ["FULL_TIME", "FULL_TIME", "PART_TIME"]
ROLES = [
    "Księgowy / Księgowa",
    "Specjalista / Specjalistka ds. projektów",
    "Asystent(ka) biura",
    "Koordynator / Koordynatorka wolontariatu",
    "Dyrektor / Dyrektorka finansowa",
]


@transaction.atomic
def bulk_create_postings(*, parent: Page, count: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    parent = Page.objects.select_for_update().get(pk=parent.pk)
    categories = list(JobCategory.objects.filter(locale_id=parent.locale_id))
    towns = [find_place(name) for name in place_names()[:40]]
    now = timezone.now()
    today = timezone.localdate()
    start = parent.numchild
    pages = []
    for offset in range(count):
        number = start + offset + 1
        town = rng.choice(towns)
        slug = f"oferta-{uuid.uuid4().hex[:12]}"
        published = now - datetime.timedelta(minutes=offset)
        low = Decimal(rng.randrange(4500, 12000, 100))
        pages.append(
            JobPostingPage(
                title=f"{rng.choice(ROLES)} {number}",
                draft_title=f"{rng.choice(ROLES)} {number}",
                **tree_fields(parent=parent, number=number, slug=slug, model=JobPostingPage),
                first_published_at=published,
                last_published_at=published,
                category=rng.choice(categories),
                employment_type=rng.choice(EMPLOYMENT),
                working_time=rng.choice(WORKING_TIME),
                hours_per_week=20,
                salary_min=low,
                salary_max=low + Decimal(rng.randrange(500, 4000, 100)),
                salary_basis="GROSS",
                salary_period="MONTH",
                work_mode=rng.choice(["ON_SITE", "HYBRID", "REMOTE"]),
                city=town.name,
                latitude=Decimal(str(town.latitude)),
                longitude=Decimal(str(town.longitude)),
                deadline_date=today + datetime.timedelta(days=rng.randrange(5, 60)),
                summary="Oferta pracy w organizacji pozarządowej.",
                responsibilities="<p>Obowiązki.</p>",
                requirements="<p>Wymagania.</p>",
                offer="<p>Oferta.</p>",
                apply_method="FORM",
                data_protection_notice="<p>RODO.</p>",
                retention_months=6,
            )
        )
    insert_pages(parent=parent, pages=pages, start=start)
    return count


def tree_fields(*, parent: Page, number: int, slug: str, model) -> dict:
    """The Page columns of the `number`-th child of `parent` (1-based)."""
    return {
        "slug": slug,
        "content_type": ContentType.objects.get_for_model(model),
        "locale_id": parent.locale_id,
        "translation_key": uuid.uuid4(),
        "path": Page._get_path(parent.path, parent.depth + 1, number),
        "depth": parent.depth + 1,
        "numchild": 0,
        "url_path": f"{parent.url_path}{slug}/",
        "live": True,
        "has_unpublished_changes": False,
    }


def insert_pages(*, parent: Page, pages: list, start: int) -> None:
    """Insert built (unsaved) pages of one specific model as children after `start` existing
    ones: the Page rows first (ids come back), then the specific rows that point at them."""
    model = type(pages[0])
    page_fields = [f for f in Page._meta.local_concrete_fields if not f.primary_key]
    specific_fields = list(model._meta.local_concrete_fields)
    for first in range(0, len(pages), BATCH):
        batch = pages[first : first + BATCH]
        rows = Page.objects.bulk_create([_page_row(page, page_fields) for page in batch])
        for page, row in zip(batch, rows, strict=True):
            page.page_ptr_id = page.pk = page.id = row.pk
        model._base_manager._insert(batch, fields=specific_fields, using=connection.alias)
    Page.objects.filter(pk=parent.pk).update(numchild=start + len(pages))


def refresh_planner_statistics() -> None:
    """After a bulk load the planner has no statistics for the new rows until autovacuum
    gets to them; a production database would have them, so the benchmark refreshes them."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def _page_row(page: JobPostingPage, fields) -> Page:
    return Page(**{field.attname: getattr(page, field.attname) for field in fields})
