"""The grant report screen in the admin: scoped to the reader's organisations (network
coordinators see all), bad input a form error with a 400, and the CSV/XLSX/print outputs."""

import codecs
import csv
import io

from django.contrib.auth.models import Permission

import pytest
from openpyxl import load_workbook

from pages.joining.roles import network_coordinators_group

pytestmark = pytest.mark.django_db

URL = "/admin/grant-reports/"
JUNE = {"start_date": "2026-06-01", "end_date": "2026-06-30"}


@pytest.fixture
def coordinator(django_user_model):
    user = django_user_model.objects.create_user("koordynatorka", "k@example.org", "pw")
    user.groups.add(network_coordinators_group())
    return user


def test_a_coordinator_sees_every_organisation_of_the_programme(
    client, coordinator, programme, programme_work, organisation, other_organisation
):
    client.force_login(coordinator)

    response = client.get(URL, {"programme": programme.pk, **JUNE})

    assert response.status_code == 200
    page = response.content.decode()
    assert organisation.title in page
    assert other_organisation.title in page
    assert "6,5" in page or "6.5" in page


def test_an_editor_of_another_organisation_sees_nothing_of_it(
    client, editor_of, programme, programme_work, organisation, other_organisation
):
    client.force_login(editor_of(other_organisation, "redaktor-beta"))

    by_programme = client.get(URL, {"programme": programme.pk, **JUNE})
    by_organisation = client.get(URL, {"organisation": organisation.pk, **JUNE})
    own = client.get(URL, {"organisation": other_organisation.pk, **JUNE})

    assert by_programme.status_code == 400
    assert by_organisation.status_code == 400
    assert own.status_code == 200
    for response in (by_programme, by_organisation, own):
        assert organisation.title not in response.content.decode()
        assert programme.title not in response.content.decode()


def test_a_period_ending_before_it_starts_is_a_form_error(client, coordinator, organisation):
    client.force_login(coordinator)

    response = client.get(
        URL, {"organisation": organisation.pk, "start_date": "2026-06-30", "end_date": "2026-06-01"}
    )

    assert response.status_code == 400
    assert "Koniec okresu nie może być wcześniejszy niż jego początek." in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        {"programme": "999999", **JUNE},
        {"programme": "abc", "start_date": "yesterday", "end_date": "2026-13-45"},
        {"export": "csv", "start_date": "2026-06-01"},
    ],
)
def test_a_hand_made_bad_query_is_a_400(client, coordinator, query):
    client.force_login(coordinator)

    response = client.get(URL, query)

    assert response.status_code == 400


def test_someone_outside_every_organisation_may_not_open_it(client, django_user_model):
    user = django_user_model.objects.create_user("obcy", "obcy@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    response = client.get(URL)

    # Wagtail's answer to PermissionDenied in the admin: back to the dashboard, with a message.
    assert response.status_code == 302
    assert response.url == "/admin/"


def test_the_exports_have_the_figures_and_the_csv_neutralises_formulas(
    client, coordinator, programme, programme_work, other_organisation
):
    other_organisation.title = "=HYPERLINK(1)"
    other_organisation.save()
    client.force_login(coordinator)

    as_csv = client.get(URL, {"programme": programme.pk, **JUNE, "export": "csv"})
    as_xlsx = client.get(URL, {"programme": programme.pk, **JUNE, "export": "xlsx"})

    assert as_csv.status_code == as_xlsx.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(as_csv.streaming_content).decode("utf-8-sig"))))
    assert rows[0][:5] == [
        "Organizacja",
        "Wolontariusze",
        "Odbyte dyżury",
        "Zatwierdzone godziny",
        "Uczestnicy wydarzeń",
    ]
    assert ["'=HYPERLINK(1)", "1", "1", "2.50", "0", "", ""] in rows
    assert rows[-1] == ["Razem", "1", "2", "6.50", "2", "10", "3"]
    sheet = load_workbook(io.BytesIO(b"".join(as_xlsx.streaming_content))).active
    assert list(sheet.values)[-1][:5] == ("Razem", 1, 2, 6.5, 2)


def test_the_printable_page_has_a_heading_and_no_admin_chrome(
    client, coordinator, programme, programme_work
):
    client.force_login(coordinator)

    response = client.get(URL + "print/", {"programme": programme.pk, **JUNE})

    assert response.status_code == 200
    page = response.content.decode()
    assert f"Raport dla grantodawcy: {programme.title}" in page
    assert "1 czerwca 2026 – 30 czerwca 2026" in page
    assert "Wygenerowano" in page
    assert "wagtail-sidebar" not in page


@pytest.mark.parametrize(
    "period",
    [
        {"start_date": "2026-01-01", "end_date": "9999-12-31"},
        {"start_date": "0001-01-01", "end_date": "2026-12-31"},
    ],
)
def test_a_period_beyond_the_calendar_s_reach_is_a_form_error_not_a_500(
    client, coordinator, programme, period
):
    client.force_login(coordinator)

    response = client.get(URL, {"programme": programme.pk, **period})
    printed = client.get(URL + "print/", {"programme": programme.pk, **period})

    assert response.status_code == 400
    assert printed.status_code == 400


def test_the_grant_csv_starts_with_a_byte_order_mark_so_excel_reads_it_as_utf_8(
    client, coordinator, programme, programme_work
):
    client.force_login(coordinator)

    response = client.get(URL, {"programme": programme.pk, **JUNE, "export": "csv"})

    body = b"".join(response.streaming_content)
    assert body.startswith(codecs.BOM_UTF8)
    assert body.count(codecs.BOM_UTF8) == 1
    assert response["Content-Type"] == "text/csv; charset=utf-8"
