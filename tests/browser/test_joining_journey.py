"""Issue 20's combined walk in a browser: an organisation applies, confirms its e-mail
address, a network coordinator approves it, the contact accepts the invitation, sets a
password and lands in an admin that shows only their own organisation; there they add a jobs
section and a posting, which waits for the network's review (not live) until the coordinator
approves it, and then it is on the job board."""

import datetime
import re
from pathlib import Path
from urllib.parse import urlsplit

from django.core import mail
from django.utils import timezone

import pytest
from playwright.sync_api import expect

from jobs.factories import JobBoardPageFactory, JobCategoryFactory
from jobs.models import EmploymentType, JobIndexPage, JobPostingPage, WorkingTime
from pages.joining.roles import network_coordinators_group
from pages.models import MembershipApplication, OrganisationPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots" / "network"


def emailed_link(to: str) -> str:
    message = [m for m in mail.outbox if m.to == [to]][-1]
    return urlsplit(re.search(r"https?://\S+", message.body).group(0)).path


def click_action(page, selector: str) -> None:
    """Wagtail keeps all but the first page action in a drop-down: click it as its script
    would, and wait for the POST's redirect."""
    with page.expect_navigation():
        page.locator(selector).first.evaluate("button => button.click()")


def sign_in(page, base_url: str, username: str, password: str) -> None:
    page.goto(base_url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("form button[type=submit]")


def fill_hidden(page, selector: str, value: str) -> None:
    """A field not shown: the slug (on the "Promote" tab), a chooser's hidden input."""
    page.locator(selector).evaluate("(field, value) => { field.value = value; }", value)


def type_rich_text(page, field: str, text: str) -> None:
    # Focused, not clicked: the last editor on the form can sit under the sticky action bar,
    # and a click there lands on the bar. Then wait for Draftail to write its hidden input.
    editor = page.locator(f"[data-field-wrapper]:has(#id_{field}) [contenteditable=true]")
    editor.scroll_into_view_if_needed()
    editor.focus()
    page.keyboard.type(text)
    expect(page.locator(f"#id_{field}")).not_to_have_value("null")


def test_an_organisation_joins_its_first_editor_posts_and_the_network_approves_it(
    browser, live_server, organisation, django_user_model
):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    board = JobBoardPageFactory(parent=organisation.get_parent().get_parent())
    category = JobCategoryFactory(name="Administracja")
    deadline = (timezone.localdate() + datetime.timedelta(days=30)).isoformat()
    coordinator = django_user_model.objects.create_user(
        "koordynatorka", "k@example.org", "Haslo-2026!x"
    )
    coordinator.groups.add(network_coordinators_group())
    context = browser.new_context(locale="pl-PL", viewport={"width": 1366, "height": 900})
    page = context.new_page()

    page.goto(live_server.url + "/dolacz-do-sieci/")
    page.get_by_label("Nazwa organizacji").fill("Fundacja Nowa Huta Razem")
    page.get_by_label("Forma prawna").select_option("FOUNDATION")
    page.get_by_label("Numer KRS").fill("0000654321")
    page.get_by_label("NIP").fill("677-100-34-71")
    page.get_by_label("REGON").fill("123456785")
    page.get_by_label("Miejscowość").fill("Kraków")
    page.get_by_label("Osoba kontaktowa").fill("Maria Nowak")
    page.get_by_label("E-mail kontaktowy").fill("maria@example.org")
    page.get_by_label("Obszary działania").fill("kultura, seniorzy")
    page.get_by_label("Krótki opis").fill("Klub seniora i warsztaty dla sąsiadów.")
    page.get_by_label("Zgadzam się").check()
    page.get_by_role("button", name="Wyślij wniosek").click()
    assert page.get_by_role("heading", name="Prawie gotowe: potwierdź adres e-mail").is_visible()
    page.screenshot(path=SCREENSHOTS / "walk-1-sent.png", full_page=True)

    page.goto(live_server.url + emailed_link("maria@example.org"))
    page.get_by_role("button", name="Potwierdzam").click()
    assert page.get_by_role("heading", name="Dziękujemy, wniosek został wysłany").is_visible()

    sign_in(page, live_server.url, "koordynatorka", "Haslo-2026!x")
    page.goto(live_server.url + "/admin/join_applications/")
    page.get_by_role("link", name="Fundacja Nowa Huta Razem").first.click()
    page.get_by_label("Wiadomość dla wnioskodawcy").fill("Witamy w sieci!")
    page.screenshot(path=SCREENSHOTS / "walk-2-review.png", full_page=True)
    page.get_by_role("button", name="Zatwierdź").click()
    page.screenshot(path=SCREENSHOTS / "walk-2b-approved.png", full_page=True)
    assert "Zatwierdzono" in page.locator(".messages").inner_text(), page.locator(
        ".messages"
    ).inner_text()
    context.clear_cookies()

    page.goto(live_server.url + emailed_link("maria@example.org"))
    page.get_by_label("Imię i nazwisko").fill("Maria Nowak")
    page.fill("#id_password1", "Nowa-Huta-2026!")
    page.fill("#id_password2", "Nowa-Huta-2026!")
    page.screenshot(path=SCREENSHOTS / "walk-3-invitation.png", full_page=True)
    page.get_by_role("button", name="Ustaw hasło i zaloguj się").click()
    assert urlsplit(page.url).path == "/admin/"

    new_page = OrganisationPage.objects.get(title="Fundacja Nowa Huta Razem")
    page.goto(live_server.url + f"/admin/pages/{new_page.get_parent().pk}/")
    page.screenshot(path=SCREENSHOTS / "walk-4-first-editor-admin.png", full_page=True)
    explorer = page.content()
    assert "Fundacja Nowa Huta Razem" in explorer
    assert organisation.title not in explorer
    assert MembershipApplication.objects.get().organisation == new_page

    page.goto(live_server.url + f"/admin/pages/add/jobs/jobindexpage/{new_page.pk}/")
    page.fill("#id_title", "Praca")
    fill_hidden(page, "#id_slug", "praca")
    click_action(page, "button[name=action-publish]")
    page.screenshot(path=SCREENSHOTS / "walk-4b-section.png", full_page=True)
    section = JobIndexPage.objects.child_of(new_page).first()
    assert section is not None, page.locator("main").inner_text()[:2000]
    page.goto(live_server.url + f"/admin/pages/add/jobs/jobpostingpage/{section.pk}/")
    page.fill("#id_title", "Animatorka klubu seniora")
    fill_hidden(page, "#id_slug", "animatorka")
    fill_hidden(page, "#id_category", str(category.pk))  # a snippet chooser's input
    page.select_option("#id_employment_type", EmploymentType.EMPLOYMENT_CONTRACT.value)
    page.select_option("#id_working_time", WorkingTime.FULL_TIME.value)
    page.fill("#id_salary_min", "5000")
    page.fill("#id_salary_max", "6000")
    page.fill("#id_deadline_date", deadline)
    page.fill("#id_city", "Kraków")
    page.fill("#id_summary", "Prowadzenie zajęć w klubie seniora w Nowej Hucie.")
    for field in ("responsibilities", "requirements", "offer", "data_protection_notice"):
        type_rich_text(page, field, "Zajęcia dwa razy w tygodniu.")
    assert page.locator("button[name=action-publish]").count() == 0
    page.screenshot(path=SCREENSHOTS / "walk-5-first-posting.png", full_page=True)
    click_action(page, "button[name=action-submit]")
    page.screenshot(path=SCREENSHOTS / "walk-6-submitted.png", full_page=True)
    posting = JobPostingPage.objects.filter(title="Animatorka klubu seniora").first()
    assert posting is not None, page.locator("main").inner_text()[:2000]
    assert not posting.live
    assert posting.current_workflow_state is not None
    context.clear_cookies()

    sign_in(page, live_server.url, "koordynatorka", "Haslo-2026!x")
    page.goto(live_server.url + "/admin/network/")
    page.screenshot(path=SCREENSHOTS / "walk-7-network-dashboard.png", full_page=True)
    page.goto(live_server.url + f"/admin/pages/{posting.pk}/edit/")
    page.screenshot(path=SCREENSHOTS / "walk-8-review.png", full_page=True)
    click_action(
        page, "button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])"
    )
    posting.refresh_from_db()
    assert posting.live
    context.clear_cookies()

    page.goto(live_server.url + board.url)
    page.screenshot(path=SCREENSHOTS / "walk-9-live-on-the-board.png", full_page=True)
    assert page.get_by_role("link", name="Animatorka klubu seniora").count() >= 1
    context.close()
