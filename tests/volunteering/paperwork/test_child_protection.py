"""Work with minors waits for the checks and the organisation's published standards."""

from django.urls import reverse

import pytest

from volunteering.models import ChildProtectionCheck, InterestStatus
from volunteering.paperwork.factories import (
    ChildProtectionCheckFactory,
    InterestFactory,
    OrganisationPaperworkFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def with_minors(offer):
    offer.works_with_minors = True
    offer.save()
    return InterestFactory(offer=offer, status=InterestStatus.CONTACTED)


def accept(client, interest):
    return client.post(
        reverse("volunteer_interests:edit", args=[interest.pk]), {"status": "ACCEPTED"}
    )


def test_a_volunteer_is_not_accepted_on_work_with_minors_before_checks_and_standards(
    client, with_minors, editor_of, organisation
):
    client.force_login(editor_of(organisation, "koordynatorka"))
    ChildProtectionCheckFactory(volunteer=with_minors.volunteer, organisation=organisation)

    without_standards = accept(client, with_minors)
    ChildProtectionCheck.objects.all().delete()
    OrganisationPaperworkFactory(organisation=organisation)
    without_checks = accept(client, with_minors)

    with_minors.refresh_from_db()
    assert without_standards.status_code == 200 and without_checks.status_code == 200
    assert "standardy ochrony małoletnich" in without_standards.content.decode()
    assert "Rejestrze Sprawców" in without_checks.content.decode()
    assert with_minors.status == InterestStatus.CONTACTED


def test_after_the_checks_and_with_the_standards_the_volunteer_is_accepted(
    client, with_minors, paperwork, editor_of, organisation
):
    ChildProtectionCheckFactory(volunteer=with_minors.volunteer, organisation=organisation)
    client.force_login(editor_of(organisation, "koordynatorka"))

    response = accept(client, with_minors)

    with_minors.refresh_from_db()
    assert response.status_code == 302
    assert with_minors.status == InterestStatus.ACCEPTED


def test_recording_a_check_needs_both_items_and_stamps_who_and_when(
    client, with_minors, editor_of, organisation
):
    coordinator = editor_of(organisation, "koordynatorka")
    client.force_login(coordinator)
    data = {
        "volunteer": with_minors.volunteer.pk,
        "organisation": organisation.pk,
        "register_checked": "on",
        "checked_on": "2026-05-04",
    }

    half = client.post(reverse("child_protection_checks:add"), data)
    whole = client.post(
        reverse("child_protection_checks:add"), data | {"criminal_record_checked": "on"}
    )

    assert half.status_code == 200
    check = ChildProtectionCheck.objects.get()
    assert whole.status_code == 302
    assert check.checked_by == coordinator and check.recorded_at is not None
