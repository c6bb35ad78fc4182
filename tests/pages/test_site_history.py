"""Wagtail's site history report shows an organisation's editor only their own
organisation's log entries (pages.site_history): never another organisation's registrant,
applicant or editor, in the list, its export or its filters' choices."""

import codecs
import datetime

from django.utils import timezone

from wagtail.log_actions import log

import pytest

from pages.factories import ConferencePageFactory, ConferenceRegistrationFactory
from pages.models import OrganisationWorkspace
from pages.registrations import CHECK_IN

pytestmark = pytest.mark.django_db


def editor_of(organisation, username, django_user_model):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
    workspace = OrganisationWorkspace.objects.get(translation_key=organisation.translation_key)
    user.groups.add(workspace.group)
    return user


def read(response) -> str:
    return b"".join(response.streaming_content).decode()


def checked_in(organisation, name, user):
    start_at = timezone.now() + datetime.timedelta(hours=1)
    conference = ConferencePageFactory(
        parent=organisation,
        with_form=True,
        start_at=start_at,
        end_at=start_at + datetime.timedelta(hours=3),
        registration_closes_at=start_at - datetime.timedelta(minutes=30),
    )
    registration = ConferenceRegistrationFactory(conference=conference, name=name)
    log(instance=registration, action=CHECK_IN, user=user)
    return registration


def test_an_editor_reads_only_their_own_organisations_entries_in_the_site_history(
    client, organisation, other_organisation, django_user_model, admin_user
):
    ours = editor_of(organisation, "redakcja-alfa", django_user_model)
    theirs = editor_of(other_organisation, "redakcja-beta", django_user_model)
    checked_in(organisation, "Anna Nasza", ours)
    checked_in(other_organisation, "Piotr Cudzy", theirs)
    client.force_login(ours)

    page = client.get("/admin/reports/site-history/").content.decode()
    results = client.get("/admin/reports/site-history/results/").content.decode()
    export = read(client.get("/admin/reports/site-history/?export=csv"))
    client.force_login(admin_user)
    everything = read(client.get("/admin/reports/site-history/?export=csv"))

    assert "Anna Nasza" in page and "Anna Nasza" in results and "Anna Nasza" in export
    for shown in (page, results, export):
        assert "Piotr Cudzy" not in shown
        assert "redakcja-beta" not in shown
    assert "Piotr Cudzy" in everything


def test_the_site_history_still_needs_admin_access(client):
    response = client.get("/admin/reports/site-history/")

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_the_site_history_csv_starts_with_a_byte_order_mark_and_neutralises_formulas(
    client, organisation, django_user_model
):
    ours = editor_of(organisation, "redakcja-alfa", django_user_model)
    checked_in(organisation, "=HYPERLINK(1)", ours)
    client.force_login(ours)

    body = b"".join(client.get("/admin/reports/site-history/?export=csv").streaming_content)

    assert body.startswith(codecs.BOM_UTF8)
    assert "'=HYPERLINK(1)" in body.decode("utf-8-sig")
