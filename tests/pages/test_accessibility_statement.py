"""The accessibility statement: the Ministry template's structure and ids, in both languages,
linked from every page, and the rules an editor meets when filling it in."""

import datetime

from django.core.exceptions import ValidationError

import pytest

from pages.demo.content import ACCESSIBILITY_STATEMENT
from pages.models import AccessibilityStatementPage

pytestmark = pytest.mark.django_db

REQUIRED_IDS = [
    "a11y-wstep",
    "a11y-podmiot",
    "a11y-url",
    "a11y-data-publikacja",
    "a11y-data-aktualizacja",
    "a11y-status",
    "a11y-data-sporzadzenie",
    "a11y-kontakt",
    "a11y-osoba",
    "a11y-email",
    "a11y-telefon",
    "a11y-procedura",
    "a11y-architektura",
    "a11y-aplikacje",
]


@pytest.fixture
def statement(home, locales):
    data = ACCESSIBILITY_STATEMENT
    page = AccessibilityStatementPage(**data["facts"], **data["pl"])
    home.add_child(instance=page)
    page.save_revision().publish()
    home_en = home.copy_for_translation(locales["en"])
    home_en.save_revision().publish()
    english = page.copy_for_translation(locales["en"])
    for name, value in data["en"].items():
        setattr(english, name, value)
    english.save()
    english.save_revision().publish()
    return {"pl": page, "en": AccessibilityStatementPage.objects.get(pk=english.pk)}


@pytest.mark.parametrize("language", ["pl", "en"])
def test_the_statement_has_every_element_the_ministry_template_requires(
    client, statement, language
):
    html = client.get(statement[language].url).content.decode()

    for element_id in REQUIRED_IDS:
        assert html.count(f'id="{element_id}"') == 1, element_id
    assert '<span id="a11y-data-publikacja">2026-09-01</span>' in html
    assert '<a id="a11y-email" href="mailto:dostepnosc@siec.localhost">' in html
    assert ACCESSIBILITY_STATEMENT[language]["entity_name"] in html


@pytest.mark.parametrize(
    ("path", "language"), [("/", "pl"), ("/en/", "en"), ("/nie-ma-takiej-strony/", "pl")]
)
def test_every_page_links_the_statement_in_its_language(client, statement, path, language):
    html = client.get(path).content.decode()
    url = statement[language].url

    assert f'<a href="{url}">' in html.split('<footer class="site-footer">')[1]
    assert f'<meta name="deklaracja-dostępności" content="http://localhost{url}">' in html


def test_a_statement_that_is_not_fully_compliant_must_say_what_is_not(home):
    page = AccessibilityStatementPage(
        **ACCESSIBILITY_STATEMENT["facts"] | {"assessment_method": "EXTERNAL"},
        **ACCESSIBILITY_STATEMENT["pl"] | {"inaccessible_content": ""},
    )
    page.updated_date = datetime.date(2020, 1, 1)

    with pytest.raises(ValidationError) as raised:
        page.full_clean()

    assert {"inaccessible_content", "auditor", "updated_date"} <= set(raised.value.message_dict)


def test_editors_edit_the_statement_in_the_admin(client, statement, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("a", "a@example.org", "pw"))

    response = client.get(f"/admin/pages/{statement['pl'].pk}/edit/")

    assert response.status_code == 200
    assert "contact_email" in response.content.decode()
