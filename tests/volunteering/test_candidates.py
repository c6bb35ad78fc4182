"""The candidates page of an offer: named heading, ranked list, counts, filters, one answer to
several volunteers, and a formula-safe export."""

import csv
import datetime
import io

from django.urls import reverse
from django.utils import timezone

import pytest

from volunteering.factories import VolunteerFactory
from volunteering.models import Interest, InterestStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def interests(offer, terms):
    now = timezone.now()
    strong = VolunteerFactory(
        name="Zofia Mocna", skills=terms["guiding"].mask, causes=terms["heritage"].mask
    )
    weak = VolunteerFactory(name='=HYPERLINK("https://zly.example")')
    old = VolunteerFactory(name="Adam Dawny")
    return [
        Interest.objects.create(volunteer=strong, offer=offer, created_at=now),
        Interest.objects.create(volunteer=weak, offer=offer, created_at=now),
        Interest.objects.create(
            volunteer=old, offer=offer, status=InterestStatus.CONTACTED,
            created_at=now - datetime.timedelta(days=30),
        ),
    ]  # fmt: skip


def candidates_url(offer) -> str:
    return reverse("volunteer_interests:candidates", args=[offer.pk])


def test_the_page_names_the_offer_counts_by_status_and_heads_the_column_wolontariusz(
    client, offer, interests, editor_of, organisation
):
    client.force_login(editor_of(organisation, "koordynatorka"))

    response = client.get(candidates_url(offer))

    page = response.content.decode()
    assert response.status_code == 200
    assert "<h1" in page and "Kandydaci: Oprowadzanie po Krakowie" in page
    assert '<th scope="col">Wolontariusz</th>' in page
    assert "2 zgłoszenia: Otrzymane" in page and "1 zgłoszenie: W toku" in page
    assert "0 zgłoszeń: Przyjęte" in page
    assert page.index("Zofia Mocna") < page.index("Adam Dawny")
    assert "mailto:" not in page
    assert reverse("volunteer_interests:edit", args=[interests[0].pk]) + "#answer" in page


def test_the_list_filters_by_status_and_by_date(client, offer, interests, editor_of, organisation):
    client.force_login(editor_of(organisation, "koordynatorka"))
    month_ago = (timezone.localdate() - datetime.timedelta(days=31)).isoformat()
    week_ago = (timezone.localdate() - datetime.timedelta(days=7)).isoformat()

    by_status = client.get(candidates_url(offer), {"status": "CONTACTED"}).content.decode()
    by_date = client.get(
        candidates_url(offer), {"created_at_after": month_ago, "created_at_before": week_ago}
    ).content.decode()

    assert "Adam Dawny" in by_status and "Zofia Mocna" not in by_status
    assert "Adam Dawny" in by_date and "Zofia Mocna" not in by_date


def test_one_answer_goes_to_every_ticked_volunteer(
    client, offer, interests, editor_of, organisation, mailoutbox
):
    client.force_login(editor_of(organisation, "koordynatorka"))
    picked = interests[:2]

    response = client.post(
        candidates_url(offer),
        {
            "interests": [i.pk for i in picked],
            "status": InterestStatus.DECLINED,
            "message": "Dziękujemy, komplet.",
        },
    )

    assert response.status_code == 302
    assert {i.status for i in Interest.objects.filter(pk__in=[i.pk for i in picked])} == {
        InterestStatus.DECLINED
    }
    assert Interest.objects.get(pk=interests[2].pk).status == InterestStatus.CONTACTED
    assert len(mailoutbox) == 2
    assert all("Dziękujemy, komplet." in m.body for m in mailoutbox)


def test_an_empty_bulk_answer_is_refused_with_a_message(
    client, offer, interests, editor_of, organisation, mailoutbox
):
    client.force_login(editor_of(organisation, "koordynatorka"))

    response = client.post(candidates_url(offer), {"interests": [interests[0].pk]})

    assert response.status_code == 400
    assert "Wybierz nowy status albo napisz wiadomość." in response.content.decode()
    assert mailoutbox == []


def test_another_organisations_interest_cannot_be_slipped_into_a_bulk_answer(
    client, offer, interests, editor_of, other_organisation, mailoutbox
):
    client.force_login(editor_of(other_organisation, "redaktor-beta"))

    response = client.post(
        candidates_url(offer),
        {"interests": [interests[0].pk], "status": InterestStatus.DECLINED},
    )

    assert response.status_code == 404
    assert Interest.objects.get(pk=interests[0].pk).status == InterestStatus.NEW


def test_the_csv_export_is_formula_safe_and_the_xlsx_opens(
    client, offer, interests, editor_of, organisation
):
    client.force_login(editor_of(organisation, "koordynatorka"))

    csv_response = client.get(candidates_url(offer), {"export": "csv"})
    xlsx_response = client.get(candidates_url(offer), {"export": "xlsx"})

    rows = list(
        csv.reader(io.StringIO(b"".join(csv_response.streaming_content).decode("utf-8-sig")))
    )
    assert rows[0][0] == "Wolontariusz"
    names = [row[0] for row in rows[1:]]
    assert '\'=HYPERLINK("https://zly.example")' in names
    assert "Zofia Mocna" in names
    assert xlsx_response.status_code == 200
    assert xlsx_response["Content-Type"].startswith("application/vnd.openxmlformats")
