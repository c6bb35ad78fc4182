import os
import subprocess
import sys
from pathlib import Path

from django.apps import apps

import pytest

from jobs.models import JobBoardPage, JobIndexPage
from pages.factories import ConferencePageFactory
from pages.models import ContentPage, NetworkHomePage, OrganisationIndexPage, OrganisationPage
from pages.plugins import PluginAppConfig
from pages.registry import (
    LatestSection,
    allow_subpage,
    disallow_subpage,
    latest_sections,
    organisation_editor_permissions,
    register_latest_section,
    unregister_latest_section,
)

ROOT = Path(__file__).resolve().parents[1]

WITHOUT_PLUGINS = """
import django
django.setup()
from django.core.management import call_command
from django.test import Client
from django.test.utils import setup_test_environment
setup_test_environment()
call_command("migrate", verbosity=0)
call_command("load_demo_network", verbosity=0)
client = Client()
paths = ["/", "/en/", "/organizacje/fundacja-bis/", "/sitemap.xml", "/sitemap-en.xml",
         "/robots.txt"]
print(*(client.get(path).status_code for path in paths))
"""


def test_the_site_runs_with_every_plugin_app_removed():
    result = subprocess.run(
        [sys.executable, "-c", WITHOUT_PLUGINS],
        cwd=ROOT,
        env={
            "PATH": os.environ["PATH"],
            "DJANGO_SETTINGS_MODULE": "tests.settings_without_plugins",
            "PYTHONPATH": str(ROOT),
        },
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.split()[-6:] == ["200"] * 6


@pytest.mark.django_db
def test_a_plugin_section_appears_on_the_home_and_organisation_pages(client, home, organisation):
    def items(*, locale, organisation=None, limit):
        return [{"label": f"Oferta {locale.language_code} {bool(organisation)}"}]

    register_latest_section(
        LatestSection(
            key="test-offers",
            title="Najnowsze oferty",
            template="tests/section.html",
            items=items,
        )
    )
    try:
        home_html = client.get(home.url).content.decode()
        organisation_html = client.get(organisation.url).content.decode()
    finally:
        unregister_latest_section("test-offers")

    assert "Najnowsze oferty" in home_html
    assert "Oferta pl False" in home_html
    assert "Oferta pl True" in organisation_html


def test_plugin_pages_registered_by_the_job_board_may_be_created_under_core_pages():
    pairs = [(NetworkHomePage, JobBoardPage), (OrganisationPage, JobIndexPage)]

    allowed = [
        child in parent.allowed_subpage_models() and parent in child.allowed_parent_page_models()
        for parent, child in pairs
    ]

    assert allowed == [True, True]
    assert "jobs.JobIndexPage" not in OrganisationPage.subpage_types


def test_a_plugin_can_allow_its_page_type_under_an_organisation():
    subpage_types = list(OrganisationPage.subpage_types)
    try:
        allow_subpage("pages.OrganisationPage", "pages.OrganisationIndexPage")
        allow_subpage("pages.OrganisationPage", "pages.OrganisationIndexPage")
        allow_subpage("pages.OrganisationPage", "pages.ContentPage")

        allowed = OrganisationPage.clean_subpage_models()
        assert allowed.count(OrganisationIndexPage) == 1
        assert allowed.count(ContentPage) == 1
        assert OrganisationPage.subpage_types == subpage_types
    finally:
        disallow_subpage("pages.OrganisationPage", "pages.OrganisationIndexPage")
        disallow_subpage("pages.OrganisationPage", "pages.ContentPage")

    assert OrganisationIndexPage not in OrganisationPage.clean_subpage_models()


@pytest.mark.django_db
def test_the_event_section_is_the_core_contribution(client, home, organisation, conference_index):
    ConferencePageFactory(parent=organisation, title="Forum animatorów")

    html = client.get(home.url).content.decode()

    assert "Forum animatorów" in html


PLUGIN_APPS = ("jobs", "volunteering", "search")


def test_every_plugin_registers_through_the_plugin_app_config():
    configs = [config for config in apps.get_app_configs() if config.name in PLUGIN_APPS]

    assert sorted(config.name for config in configs) == sorted(PLUGIN_APPS)
    assert all(isinstance(config, PluginAppConfig) for config in configs)


@pytest.mark.parametrize("name", ["jobs", "volunteering"])
def test_what_a_plugin_declares_reaches_the_core_registry(name):
    config = next(config for config in apps.get_app_configs() if config.name == name)

    allowed = {
        parent: [model._meta.label for model in apps.get_model(parent).allowed_subpage_models()]
        for parent, _child in config.subpages
    }
    granted = organisation_editor_permissions()
    section_keys = [section.key for section in latest_sections()]

    assert config.subpages and config.editor_permissions
    assert all(child in allowed[parent] for parent, child in config.subpages)
    assert all((config.label, codename) in granted for codename in config.editor_permissions)
    assert name in section_keys
