import extruct
import feedparser
import pytest

from jobs.factories import JobPostingPageFactory

pytestmark = pytest.mark.django_db

REQUIRED = {"title", "description", "datePosted", "hiringOrganization"}
RECOMMENDED = {"validThrough", "employmentType", "baseSalary", "identifier", "directApply"}


def job_postings(html: str, url: str) -> list[dict]:
    data = extruct.extract(html, base_url=url, syntaxes=["json-ld"])["json-ld"]
    return [item for item in data if item.get("@type") == "JobPosting"]


def test_an_open_posting_has_google_required_and_recommended_properties(
    client, board, job_index, accounting, organisation
):
    posting = JobPostingPageFactory(parent=job_index, category=accounting)

    html = client.get(posting.url).content.decode()
    (data,) = job_postings(html, posting.full_url)

    assert data.keys() >= REQUIRED | RECOMMENDED
    assert "jobLocation" in data
    assert data["hiringOrganization"]["name"] == organisation.title
    assert data["jobLocation"]["address"]["addressLocality"] == "Kraków"
    assert data["jobLocation"]["address"]["addressCountry"] == "PL"
    assert data["baseSalary"]["currency"] == "PLN"
    assert data["baseSalary"]["value"] == {
        "@type": "QuantitativeValue",
        "minValue": 7000.0,
        "maxValue": 9000.0,
        "unitText": "MONTH",
    }
    assert data["employmentType"] == ["FULL_TIME"]
    assert data["validThrough"].endswith("+01:00") or data["validThrough"].endswith("+02:00")
    assert data["directApply"] is True


def test_a_remote_posting_says_telecommute_with_a_country_requirement(
    client, board, job_index, accounting
):
    posting = JobPostingPageFactory(parent=job_index, category=accounting, remote=True)

    (data,) = job_postings(client.get(posting.url).content.decode(), posting.full_url)

    assert data["jobLocationType"] == "TELECOMMUTE"
    assert data["applicantLocationRequirements"] == {"@type": "Country", "name": "Poland"}
    assert "jobLocation" not in data


def test_no_field_can_break_out_of_the_json_ld_script(client, board, job_index, accounting):
    title = 'Księgowy / Księgowa </script><script>alert("x")</script>'
    posting = JobPostingPageFactory(
        parent=job_index, category=accounting, title=title, summary="</script><b>boo</b>"
    )

    html = client.get(posting.url).content.decode()
    (data,) = job_postings(html, posting.full_url)

    assert data["title"] == title
    assert '<script>alert("x")' not in html


def test_a_closed_posting_shows_a_banner_and_is_hidden_from_search_engines(
    client, board, job_index, accounting
):
    posting = JobPostingPageFactory(parent=job_index, category=accounting, closed=True)

    response = client.get(posting.url)
    html = response.content.decode()

    assert response.status_code == 200
    assert 'class="banner banner--closed"' in html
    assert '<meta name="robots" content="noindex">' in html
    assert job_postings(html, posting.full_url) == []
    assert 'enctype="multipart/form-data"' not in html


@pytest.mark.parametrize("feed", ["rss/", "atom/"])
def test_feeds_parse_cleanly_and_list_open_postings_only(
    client, board, job_index, accounting, feed
):
    JobPostingPageFactory(parent=job_index, category=accounting, title="Księgowy\x0b / Księgowa")
    JobPostingPageFactory(parent=job_index, category=accounting, title="Stara / Stary", closed=True)

    response = client.get(board.url + feed)
    parsed = feedparser.parse(response.content)

    assert response.status_code == 200
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert [entry.title for entry in parsed.entries] == ["Księgowy  / Księgowa"]


def test_a_filtered_feed_follows_the_listing_filters(client, board, job_index, accounting, locales):
    from jobs.factories import JobCategoryFactory

    other = JobCategoryFactory(name="IT", slug="it", locale=locales["pl"])
    JobPostingPageFactory(parent=job_index, category=accounting, title="Księgowy / Księgowa")
    JobPostingPageFactory(parent=job_index, category=other, title="Informatyk / Informatyczka")

    parsed = feedparser.parse(client.get(board.url + "rss/?category=it").content)

    assert [entry.title for entry in parsed.entries] == ["Informatyk / Informatyczka"]


def test_the_sitemap_lists_open_postings_but_not_closed_ones(client, board, job_index, accounting):
    open_posting = JobPostingPageFactory(parent=job_index, category=accounting, slug="otwarta")
    closed_posting = JobPostingPageFactory(
        parent=job_index, category=accounting, slug="zamknieta", closed=True
    )

    sitemap = client.get("/sitemap-pl.xml").content.decode()

    assert open_posting.url in sitemap
    assert closed_posting.url not in sitemap
