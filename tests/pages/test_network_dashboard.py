"""The network dashboard (pages.network_overview, /admin/network/): what every organisation
has by status, for the network coordinators only, in a fixed number of queries."""

import datetime

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Page

import pytest

from jobs.factories import JobApplicationFactory, JobIndexPageFactory, JobPostingPageFactory
from pages.factories import MembershipApplicationFactory, OrganisationPageFactory
from pages.models import OrganisationWorkspace
from pages.network_overview import network_overview
from volunteering.factories import (
    VolunteerFactory,
    VolunteerIndexPageFactory,
    VolunteerOfferPageFactory,
)
from volunteering.models import Interest

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(django_user_model):
    user = django_user_model.objects.create_user("koordynatorka", "k@example.org", "pw")
    user.groups.add(Group.objects.get(name=settings.SIEC_NETWORK_COORDINATORS_GROUP))
    return user


def fill(organisation, *, now, suffix="") -> None:
    """A live and a draft posting with one application, an offer with an old interest."""
    jobs = JobIndexPageFactory(parent=organisation, slug=f"praca{suffix}")
    live = JobPostingPageFactory(parent=jobs)
    JobPostingPageFactory(parent=jobs, live=False)
    JobApplicationFactory(posting=live)
    offer = VolunteerOfferPageFactory(
        parent=VolunteerIndexPageFactory(parent=organisation, slug=f"wolontariat{suffix}")
    )
    Interest.objects.create(
        volunteer=VolunteerFactory(), offer=offer, created_at=now - datetime.timedelta(days=30)
    )


def member(overview, title):
    return next(row for row in overview.members if row.title == title)


def test_the_dashboard_counts_each_organisations_postings_offers_and_interests(
    organisation, other_organisation
):
    now = timezone.now()
    fill(organisation, now=now)
    MembershipApplicationFactory(name="Koło Gospodyń Wiejskich")

    overview = network_overview(now=now)

    alfa = member(overview, organisation.title)
    beta = member(overview, other_organisation.title)
    assert alfa.counts["job_postings"]["live"] == 1
    assert alfa.counts["job_postings"]["draft"] == 1
    assert alfa.counts["job_applications"]["received"] == 1
    assert alfa.counts["volunteer_interests"]["unanswered"] == 1
    assert beta.counts == {}
    assert alfa.trusted and overview.reviewed_count == 0
    assert [a.name for a in overview.awaiting_review] == ["Koło Gospodyń Wiejskich"]


def test_a_network_coordinator_sees_the_dashboard_in_a_fixed_number_of_queries(
    client, coordinator, organisation, organisation_index
):
    now = timezone.now()
    fill(organisation, now=now)
    client.force_login(coordinator)
    client.get("/admin/network/")  # the session, the menu and the caches warm

    with CaptureQueriesContext(connection) as one:
        first = client.get("/admin/network/")
    fill(OrganisationPageFactory(parent=organisation_index, title="Fundacja Druga"), now=now)
    with CaptureQueriesContext(connection) as two:
        second = client.get("/admin/network/")

    assert first.status_code == 200 and second.status_code == 200
    assert "Fundacja Druga" in second.content.decode()
    assert len(two) == len(one)


def test_an_organisation_editor_cannot_open_the_network_dashboard(
    client, organisation, django_user_model
):
    editor = django_user_model.objects.create_user("redaktor", "r@example.org", "pw")
    editor.groups.add(
        OrganisationWorkspace.objects.get(translation_key=organisation.translation_key).group
    )
    client.force_login(editor)

    response = client.get("/admin/network/")
    home = client.get("/admin/")

    assert response.status_code in (302, 403)
    assert "/admin/network/" not in home.content.decode()
    assert Page.objects.filter(pk=organisation.pk).exists()
