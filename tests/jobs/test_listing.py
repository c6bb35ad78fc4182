import datetime
from decimal import Decimal
from unittest import mock
from urllib.parse import urlencode

from django.utils import timezone

import pytest

from benchmarks.queries import warm_and_cold_query_counts
from jobs.factories import JobCategoryFactory, JobPostingPageFactory
from jobs.models import JobPostingPage
from pages.cache import content_version

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    return [posting.title for posting in response.context["results"]]


@pytest.fixture
def postings(board, job_index, other_job_index, accounting, locales):
    management = JobCategoryFactory(name="Zarządzanie", slug="zarzadzanie", locale=locales["pl"])
    return {
        "accountant": JobPostingPageFactory(
            parent=job_index,
            title="Księgowy / Księgowa",
            category=accounting,
            salary_min=Decimal("7000"),
            salary_max=Decimal("9000"),
        ),
        "assistant": JobPostingPageFactory(
            parent=job_index,
            title="Pomoc księgowej / księgowego",
            category=accounting,
            employment_type="MANDATE_CONTRACT",
            working_time="PART_TIME",
            hours_per_week=20,
            salary_min=Decimal("35"),
            salary_max=Decimal("42"),
            salary_period="HOUR",
            city="Skawina",
            latitude=Decimal("49.9753"),
            longitude=Decimal("19.8283"),
        ),
        "director": JobPostingPageFactory(
            parent=other_job_index,
            title="Dyrektor / Dyrektorka",
            category=management,
            salary_min=Decimal("12000"),
            salary_max=Decimal("15000"),
            city="Tarnów",
            latitude=Decimal("50.0121"),
            longitude=Decimal("20.9858"),
        ),
        "remote": JobPostingPageFactory(
            parent=other_job_index,
            title="Specjalista / Specjalistka zdalnie",
            category=management,
            remote=True,
            salary_min=Decimal("6000"),
            salary_max=Decimal("7000"),
        ),
        "closed": JobPostingPageFactory(
            parent=job_index, title="Zamknięta / Zamknięty", closed=True
        ),
    }


def test_the_listing_shows_open_postings_only(client, board, postings):
    shown = titles(client.get(board.url))

    assert len(shown) == 4
    assert "Zamknięta / Zamknięty" not in shown


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"category": "ksiegowosc"}, {"Księgowy / Księgowa", "Pomoc księgowej / księgowego"}),
        ({"employment_type": "MANDATE_CONTRACT"}, {"Pomoc księgowej / księgowego"}),
        (
            {"working_time": "FULL_TIME"},
            {"Księgowy / Księgowa", "Dyrektor / Dyrektorka", "Specjalista / Specjalistka zdalnie"},
        ),
        ({"remote": "on"}, {"Specjalista / Specjalistka zdalnie"}),
        ({"min_salary": "8000"}, {"Księgowy / Księgowa", "Dyrektor / Dyrektorka"}),
        (
            {"min_salary": "7000"},
            {
                "Księgowy / Księgowa",
                "Dyrektor / Dyrektorka",
                "Pomoc księgowej / księgowego",
                "Specjalista / Specjalistka zdalnie",
            },
        ),
        ({"city": "Skawina"}, {"Pomoc księgowej / księgowego"}),
        (
            {"city": "krakow", "radius": "25"},
            {"Księgowy / Księgowa", "Pomoc księgowej / księgowego"},
        ),
        (
            {"city": "Kraków", "radius": "100"},
            {"Księgowy / Księgowa", "Pomoc księgowej / księgowego", "Dyrektor / Dyrektorka"},
        ),
    ],
)
def test_each_filter_narrows_the_listing(client, board, postings, query, expected):
    assert set(titles(client.get(board.url, query))) == expected


def test_filter_by_organisation(client, board, postings, other_organisation):
    response = client.get(board.url, {"organisation": other_organisation.slug})

    assert set(titles(response)) == {"Dyrektor / Dyrektorka", "Specjalista / Specjalistka zdalnie"}


def test_posted_within_uses_the_first_publication_date(client, board, postings):
    old = postings["accountant"]
    JobPostingPage.objects.filter(pk=old.pk).update(
        first_published_at=timezone.now() - datetime.timedelta(days=40)
    )

    shown = titles(client.get(board.url, {"posted_within": "30"}))

    assert "Księgowy / Księgowa" not in shown
    assert len(shown) == 3


def test_sorting_by_salary_compares_hourly_rates_as_monthly_pay(client, board, postings):
    shown = titles(client.get(board.url, {"sort": "salary"}))

    assert shown == [
        "Dyrektor / Dyrektorka",
        "Księgowy / Księgowa",
        "Pomoc księgowej / księgowego",  # 42 zł/h × 168 h = 7,056 zł
        "Specjalista / Specjalistka zdalnie",
    ]


def test_sorting_by_deadline_puts_the_soonest_first(client, board, postings):
    soon = postings["director"]
    soon.deadline_date = timezone.localdate() + datetime.timedelta(days=2)
    soon.save_revision().publish()

    assert titles(client.get(board.url, {"sort": "deadline"}))[0] == "Dyrektor / Dyrektorka"


@pytest.mark.parametrize(
    "query",
    [
        {"category": "astrology"},
        {"employment_type": "SLAVERY"},
        {"working_time": "ALWAYS"},
        {"city": "Atlantyda"},
        {"radius": "10"},
        {"city": "Kraków", "radius": "-5"},
        {"city": "Kraków", "radius": "abc"},
        {"min_salary": "lots"},
        {"min_salary": "1e400"},
        {"posted_within": "0"},
        {"sort": "random"},
        {"page": "zero"},
        {"organisation": "nobody"},
        {"city": "x" * 5000},
    ],
)
def test_bad_filter_values_give_a_400_with_the_form_error(client, board, postings, query):
    response = client.get(board.url, query)

    assert response.status_code == 400
    assert response.context["filter_form"].errors
    assert response.context["results"].paginator.count == 0


def test_the_listing_links_feeds_that_keep_its_filters(client, board, postings):
    html = client.get(board.url, {"category": "ksiegowosc"}).content.decode()

    assert 'href="/praca/rss/?category=ksiegowosc"' in html
    assert 'type="application/atom+xml"' in html


def test_query_count_does_not_grow_with_the_number_of_postings(
    client, board, job_index, accounting
):
    JobPostingPageFactory(parent=job_index, category=accounting)
    filtered = board.url + "?" + urlencode({"city": "Kraków", "radius": "30"})
    few = warm_and_cold_query_counts(client, filtered)
    for _ in range(11):
        JobPostingPageFactory(parent=job_index, category=accounting)

    many = warm_and_cold_query_counts(client, filtered)

    assert len(client.get(filtered).context["results"]) == 12
    assert many == few


def test_the_home_page_shows_the_latest_jobs(client, home, board, postings):
    html = client.get(home.url).content.decode()

    assert "Księgowy / Księgowa" in html
    assert "Zamknięta / Zamknięty" not in html


def test_the_cached_home_and_organisation_pages_drop_a_posting_at_midnight_of_its_deadline(
    client, home, organisation, job_index, accounting
):
    deadline = timezone.localdate() + datetime.timedelta(days=5)
    JobPostingPageFactory(
        parent=job_index, title="Księgowy / Księgowa do końca dnia", deadline_date=deadline
    )
    evening = timezone.make_aware(datetime.datetime.combine(deadline, datetime.time(23, 57)))
    after_midnight = evening + datetime.timedelta(minutes=3, seconds=30)

    def shown_at(now) -> list[bool]:
        with mock.patch("django.utils.timezone.now", return_value=now):
            pages = [client.get(home.url), client.get(organisation.url)]
        return ["do końca dnia" in page.content.decode() for page in pages]

    assert shown_at(evening) == [True, True]
    assert shown_at(evening + datetime.timedelta(minutes=1)) == [True, True]
    assert shown_at(after_midnight) == [False, False]


def test_a_posting_published_after_the_home_page_was_cached_shows_at_once(
    client, home, job_index, accounting
):
    assert "Świeżo opublikowana" not in client.get(home.url).content.decode()

    JobPostingPageFactory(parent=job_index, title="Świeżo opublikowana / opublikowany")

    assert "Świeżo opublikowana" in client.get(home.url).content.decode()


def test_a_draft_published_after_the_pages_were_cached_shows_at_once(
    client, home, board, job_index, accounting
):
    draft = JobPostingPageFactory(parent=job_index, title="Szkic / Szkicowa", live=False)
    assert "Szkic / Szkicowa" not in client.get(home.url).content.decode()
    assert "Szkic / Szkicowa" not in client.get(board.url).content.decode()

    draft.save_revision().publish()

    assert "Szkic / Szkicowa" in client.get(home.url).content.decode()
    assert "Szkic / Szkicowa" in client.get(board.url).content.decode()


def test_editing_a_live_posting_keeps_the_cache_until_the_edit_is_published(
    client, board, job_index, accounting, admin_user
):
    posting = JobPostingPageFactory(parent=job_index, title="Księgowy / Księgowa")
    client.get(board.url)
    version = content_version()

    # What the admin does while an editor works: a draft revision, then the page lock.
    posting.title = "Główny księgowy / Główna księgowa"
    revision = posting.save_revision(user=admin_user)
    posting.locked, posting.locked_by, posting.locked_at = True, admin_user, timezone.now()
    posting.save(update_fields=["locked", "locked_by", "locked_at"])

    assert content_version() == version
    assert "Główny księgowy" not in client.get(board.url).content.decode()

    revision.publish()

    assert content_version() != version
    assert "Główny księgowy / Główna księgowa" in client.get(board.url).content.decode()


def test_the_cached_result_count_follows_publishing_and_the_calendar(client, board, job_index):
    deadline = timezone.localdate() + datetime.timedelta(days=2)
    JobPostingPageFactory(parent=job_index, deadline_date=deadline)
    JobPostingPageFactory(parent=job_index)

    def count(now=None) -> int:
        with mock.patch("django.utils.timezone.now", return_value=now or timezone.now()):
            return client.get(board.url).context["results"].paginator.count

    assert count() == 2
    published = JobPostingPageFactory(parent=job_index)
    assert count() == 3
    published.unpublish()
    assert count() == 2
    day_after = datetime.datetime.combine(
        deadline + datetime.timedelta(days=1), datetime.time(0, 1)
    )
    assert count(timezone.make_aware(day_after)) == 1


def test_the_filter_form_keeps_each_query_apart(client, board, postings):
    """The rendered form is cached per query: each answer must show its own selection."""
    accounting_html = client.get(board.url, {"category": "ksiegowosc"}).content.decode()
    any_html = client.get(board.url).content.decode()
    bad = client.get(board.url, {"category": "nie-ma-takiej"})

    assert '<option value="ksiegowosc" selected>' in accounting_html
    assert '<option value="ksiegowosc">' in any_html
    assert "Nie ma takiej kategorii stanowisk." in bad.content.decode()
    assert "Nie ma takiej kategorii stanowisk." not in any_html


def test_filter_options_are_escaped(client, board, postings, locales):
    JobCategoryFactory(name='<img src=x onerror="alert(1)">', slug="zla", locale=locales["pl"])

    html = client.get(board.url).content.decode()

    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html
    assert "<img src=x" not in html


def test_an_organisations_job_page_shows_pay_and_pages_through_postings(
    client, job_index, accounting
):
    for number in range(13):
        JobPostingPageFactory(
            parent=job_index,
            title=f"Stanowisko {number}",
            category=accounting,
            salary_min=Decimal("7000"),
            salary_max=Decimal("9000"),
        )

    first = client.get(job_index.url)
    second = client.get(job_index.url, {"page": "2"})

    assert len(first.context["results"]) == 12
    assert "7000–9000 zł" in first.content.decode().replace("\xa0", "")
    assert len(second.context["results"]) == 1
    assert 'rel="next"' in first.content.decode()


def test_the_cached_filter_form_shows_a_new_category_at_once(client, board, postings, locales):
    client.get(board.url)  # the form is now cached

    JobCategoryFactory(name="Kadry i płace", slug="kadry", locale=locales["pl"])

    assert '<option value="kadry">Kadry i płace</option>' in client.get(board.url).content.decode()


def test_a_number_filter_that_is_not_a_number_is_named_but_not_written_back_into_its_box(
    client, board, postings
):
    response = client.get(board.url, {"min_salary": "abc", "radius": "5", "city": "Kraków"})

    html = response.content.decode()
    assert response.status_code == 400
    assert 'value="abc"' not in html
    assert 'name="radius" value="5"' in html


def test_each_filter_is_wrapped_once_with_its_error_class(client, board, postings):
    response = client.get(board.url, {"min_salary": "abc"})

    html = response.content.decode()
    assert response.status_code == 400
    assert '<div class="field"><div class="field">' not in html
    assert '<div class="field field--error">' in html


def test_an_unknown_town_with_a_radius_is_named_without_asking_for_a_town(client, board, postings):
    response = client.get(board.url, {"city": "Xyzzyville", "radius": "10"})

    html = response.content.decode()
    assert response.status_code == 400
    assert "Xyzzyville" in html
    assert "Podaj miejscowość, wokół której szukać" not in html


def test_the_keyword_box_finds_postings_with_every_word_in_any_case(client, board, postings):
    response = client.get(board.url, {"q": "KSIĘGOWEJ pomoc"})

    assert titles(response) == ["Pomoc księgowej / księgowego"]


@pytest.mark.parametrize("typed", ["ksiegowej pomoc", "KSIEGOWEJ POMOC", "Księgowej POMOC"])
def test_the_keyword_box_finds_postings_without_regard_to_diacritics_or_case(
    client, board, postings, typed
):
    response = client.get(board.url, {"q": typed})

    assert titles(response) == ["Pomoc księgowej / księgowego"]


def test_the_keyword_box_finds_a_category_name_typed_without_diacritics(client, board, postings):
    response = client.get(board.url, {"q": "zarzadzanie"})

    assert sorted(titles(response)) == [
        "Dyrektor / Dyrektorka",
        "Specjalista / Specjalistka zdalnie",
    ]


def test_a_filtered_board_links_its_cards_back_to_the_same_results(client, board, postings):
    response = client.get(board.url, {"city": "Kraków"})

    page = response.content.decode()
    assert response.context["active_filter_count"] == 1
    assert "?" + urlencode({"back": f"{board.url}?city=Krak%C3%B3w"}) in page
    assert "Filtry (1)" in page


def _english_filters(query: str, locales):
    from django.http import QueryDict

    from jobs.filters import JobFilterSet

    return JobFilterSet(
        QueryDict(query),
        JobPostingPage.objects.all(),
        locale_id=locales["en"].pk,
        language_code="en",
        now=timezone.now(),
    )


def test_a_category_slug_of_the_other_language_is_read_as_the_same_category(accounting, locales):
    english = accounting.copy_for_translation(locales["en"])
    english.name, english.slug = "Accounting", "accounting"
    english.save()

    filters = _english_filters("category=ksiegowosc", locales)

    assert filters.is_valid(), filters.errors
    assert filters.form.cleaned_data["category"] == "accounting"


def test_a_category_slug_of_no_language_is_still_refused_with_its_message(accounting, locales):
    filters = _english_filters("category=nie-ma-takiej", locales)

    assert not filters.is_valid()
    assert "category" in filters.errors
