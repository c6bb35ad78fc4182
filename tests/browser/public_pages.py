"""The public pages an accessibility or markup check must cover, generated from the content:
one live page of every page type per language (so a new page type is covered without editing
this file), the plugins' own views, and the forms submitted empty so their errors show."""

import shutil
from dataclasses import dataclass
from pathlib import Path

from django.apps import apps
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page

from tests.tooling import missing

NODE_MODULES = Path(__file__).resolve().parents[2] / "node_modules"


@dataclass(frozen=True)
class Visit:
    path: str
    # A POST form in <main> to submit empty, to see the page with its errors shown.
    submit_empty: str | None = None

    @property
    def label(self) -> str:
        return self.path + (" (errors shown)" if self.submit_empty else "")


def node_tool(relative: str) -> Path:
    """A file from the npm test tools (`make test` runs `npm ci`); missing fails in CI."""
    path = NODE_MODULES / relative
    if not path.exists():
        missing(f"{path} is missing: run `npm ci` (part of `make test`).")
    return path


def java() -> str:
    found = shutil.which("java")
    if not found:
        missing("Java is missing: `make system-deps` installs default-jre-headless.")
    return found


def one_page_of_each_type(language_code: str) -> list[Page]:
    pages = Page.objects.live().filter(locale__language_code=language_code, depth__gt=1)
    first_by_type = {}
    for page in pages.order_by("path").specific():
        first_by_type.setdefault(page.content_type_id, page)
    return list(first_by_type.values())


FORM_ROUTES = {
    "JobPostingPage": "apply",
    "ConferencePage": "register",
    "VolunteerOfferPage": "interest",
}


def public_visits(language_code: str, *, volunteer_link: str | None) -> list[Visit]:
    """Pages to check, in order; `volunteer_link` signs a volunteer in before their pages."""
    visits = []
    for page in one_page_of_each_type(language_code):
        visits.append(Visit(page.url))
        # A detail page carries no form; its form is on a route of its own.
        route = FORM_ROUTES.get(type(page).__name__)
        if route:
            with translation.override(language_code):  # route paths are translated
                sub_path = page.reverse_subpage(route)
            visits.append(Visit(page.url + sub_path))
            if route != "interest":  # an anonymous visitor is asked to register first
                visits.append(
                    Visit(page.url + sub_path, submit_empty=f"form[action$='/{sub_path}']")
                )
    with translation.override(language_code):
        visits.append(Visit(reverse("network_search") + "?q=ksi%C4%99gowa"))
        visits.append(Visit(reverse("network_search") + "?q=zzzbrakwynikow"))
        visits.append(Visit(reverse("network_search_alert_new") + "?q=ksi%C4%99gowa"))
        visits.append(
            Visit(reverse("network_search_alert_new") + "?q=ksi%C4%99gowa", submit_empty="form")
        )
        if apps.is_installed("volunteering"):
            register = reverse("volunteering:register")
            request_link = reverse("volunteering:request_link")
            visits += [
                Visit(register),
                Visit(register, submit_empty="main form[method=post]"),
                Visit(request_link),
                Visit(request_link, submit_empty="main form[method=post]"),
                Visit(reverse("volunteering:notice")),
            ]
            if volunteer_link:
                edit = reverse("volunteering:edit")
                visits += [
                    Visit(volunteer_link),
                    # The link signs in with a click; the profile opens after it.
                    Visit(volunteer_link, submit_empty="main form[method=post]"),
                    Visit(reverse("volunteering:profile")),
                    Visit(edit),
                    Visit(reverse("volunteering:erase")),
                ]
        visits.append(Visit(("/en" if language_code == "en" else "") + "/nie-ma-takiej-strony/"))
    return visits
