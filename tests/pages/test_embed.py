"""The embeddable widget (pages.embed): its options refused in words, framing allowed only by
the origins an organisation lists, and no cookie."""

from django.core.exceptions import ValidationError

import pytest

from pages.embed_origins import parse_origins
from pages.factories import ConferencePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def listed(organisation):
    organisation.embed_origins = "https://mis.example.org/\nhttp://127.0.0.1:8999"
    organisation.save_revision().publish()
    ConferencePageFactory(parent=organisation, title="Forum Alfa", city="Kraków")
    ConferencePageFactory(parent=organisation, title="Forum w Tarnowie", city="Tarnów")
    return organisation


def frame_ancestors(response) -> str:
    policy = response["Content-Security-Policy"]
    return next(d for d in policy.split(";") if "frame-ancestors" in d).strip()


def test_origins_are_lines_of_scheme_host_and_port_and_anything_else_is_named():
    assert parse_origins(" https://MIS.example.org/ \n\nhttp://127.0.0.1:8999") == [
        "https://mis.example.org",
        "http://127.0.0.1:8999",
    ]
    with pytest.raises(ValidationError, match="javascript:alert"):
        parse_origins("https://ok.example.org\njavascript:alert(1)")
    with pytest.raises(ValidationError):
        parse_origins("https://example.org/path")


def test_an_organisations_widget_may_be_framed_only_by_its_listed_origins(client, listed):
    response = client.get("/embed/alfa/")
    elsewhere = client.get(listed.url)

    assert response.status_code == 200
    assert frame_ancestors(response) == (
        "frame-ancestors https://mis.example.org http://127.0.0.1:8999"
    )
    assert "X-Frame-Options" not in response
    assert frame_ancestors(elsewhere) == "frame-ancestors 'none'"
    assert elsewhere["X-Frame-Options"] == "DENY"
    assert not response.cookies
    assert "Forum Alfa" in response.content.decode()


def test_a_widget_without_listed_origins_refuses_framing(client, organisation):
    response = client.get("/embed/alfa/")

    assert frame_ancestors(response) == "frame-ancestors 'none'"


def test_the_widget_narrows_by_kind_and_town(client, listed):
    by_town = client.get("/embed/alfa/", {"kind": "events", "city": "tarnów"}).content.decode()

    assert "Forum w Tarnowie" in by_town
    assert "Forum Alfa" not in by_town


def test_the_accent_colour_is_its_own_stylesheet_and_bad_input_is_refused_in_words(client, listed):
    html = client.get("/embed/alfa/", {"accent": "#A61C00"}).content.decode()
    stylesheet = client.get("/embed/accent-a61c00.css")
    bad = client.get("/embed/alfa/", {"accent": "red;}body{x"})
    unknown_kind = client.get("/embed/", {"kind": "nope"})

    assert 'href="/embed/accent-a61c00.css"' in html
    assert "--accent: #a61c00" in stylesheet.content.decode()
    assert "style=" not in html
    assert bad.status_code == 400
    assert "six hexadecimal digits" in bad.content.decode() or "szesnastkow" in bad.content.decode()
    assert unknown_kind.status_code == 400


def test_an_organisation_not_in_the_network_has_no_widget(client, organisation):
    assert client.get("/embed/nikt/").status_code == 404


def test_editors_see_the_code_to_paste_on_the_organisations_widget_tab(
    client, listed, django_user_model
):
    admin = django_user_model.objects.create_superuser("admin", "a@example.org", "x")
    client.force_login(admin)

    html = client.get(f"/admin/pages/{listed.pk}/edit/").content.decode()

    assert "&lt;iframe src=&quot;" in html or '&lt;iframe src="' in html
    assert "/embed/alfa/" in html
