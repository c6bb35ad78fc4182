"""Network coordinators read every organisation's job applications and volunteers' interests
in the admin and change no record (pages.permissions.OrganisationScopedPolicy): organisation
B's records in the scope sweep's world, for a coordinator who edits no organisation."""

from django.conf import settings
from django.contrib.auth.models import Group

import pytest

from tests.pages.admin_routes import admin_routes, fill, kwargs_for, snapshot_of_organisation_b

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(django_user_model):
    user = django_user_model.objects.create_user("koordynatorka", "k@example.org", "pw")
    user.groups.add(Group.objects.get(name=settings.SIEC_NETWORK_COORDINATORS_GROUP))
    return user


NETWORK_READABLE = ("job_applications", "volunteer_interests")


def test_a_network_coordinator_opens_every_organisations_applications_and_changes_nothing(
    client, world, coordinator
):
    """One test for both halves: the scope sweep's world is expensive to build."""
    client.raise_request_exception = False
    client.force_login(coordinator)
    before = snapshot_of_organisation_b(world)
    data = {"name": "Przejęte", "email": "x@example.org", "status": "rejected", "note": "X"}
    routes = [
        fill(route, kwargs_for(route, namespace, world))
        for route, namespace, _pattern in admin_routes()
        if namespace.rstrip(":") in world["by_namespace"]
    ]

    pages = {
        namespace: (
            client.get(f"/admin/{namespace}/"),
            client.get(f"/admin/{namespace}/inspect/{world['by_namespace'][namespace].pk}/"),
        )
        for namespace in NETWORK_READABLE
    }
    registration = world["by_namespace"]["event_registrations"]
    registrations = client.get(f"/admin/event_registrations/inspect/{registration.pk}/")
    errors = [
        f"{response.status_code} {url}"
        for url in routes
        if (response := client.post(url, data)).status_code >= 500
    ]

    application = world["by_namespace"]["job_applications"]
    assert application.name in pages["job_applications"][0].content.decode()
    for namespace, (listing, inspect) in pages.items():
        record = world["by_namespace"][namespace]
        assert listing.status_code == 200, namespace
        assert inspect.status_code == 200, namespace
        assert f"/admin/{namespace}/edit/{record.pk}/" not in inspect.content.decode(), namespace
    # Not opened to the network: an event's registrations stay the organisation's own.
    assert registrations.status_code != 200
    assert len(routes) >= 5
    assert errors == [], "\n".join(errors)
    assert snapshot_of_organisation_b(world) == before
