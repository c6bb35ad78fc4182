"""The volunteer's e-mailed links sign in once, and only with a click on the site."""

from django.urls import reverse

import pytest

from tests.search.conftest import run_tasks
from volunteering import tokens
from volunteering.factories import VolunteerFactory

from .test_registration import link_in

pytestmark = pytest.mark.django_db


def profile_link(volunteer) -> str:
    return reverse("volunteering:enter", args=[tokens.make_token(volunteer, tokens.MANAGE)])


def signed_in_volunteer(client):
    """Whom the profile page shows; nobody when it sends the visitor to ask for a link."""
    response = client.get(reverse("volunteering:profile"))
    return response.context["volunteer"] if response.status_code == 200 else None


def test_opening_the_profile_link_signs_in_nobody_until_the_button_is_pressed(client):
    volunteer = VolunteerFactory(name="Ola Kowalska")
    link = profile_link(volunteer)

    opened = client.get(link)

    assert opened.status_code == 200
    assert '<form method="post">' in opened.content.decode()
    assert signed_in_volunteer(client) is None
    assert client.post(link).status_code == 302
    assert signed_in_volunteer(client) == volunteer


def test_the_sign_in_button_needs_the_sites_csrf_token():
    from django.test import Client

    volunteer = VolunteerFactory()
    strict = Client(enforce_csrf_checks=True)

    forged = strict.post(profile_link(volunteer))

    assert forged.status_code == 403
    assert signed_in_volunteer(strict) is None


def test_a_used_profile_link_no_longer_works_and_a_new_one_can_be_asked_for(client, mailoutbox):
    from django.test import Client

    volunteer = VolunteerFactory(email="ola@example.org")
    link = profile_link(volunteer)
    client.post(link)

    someone_else = Client()
    reused = someone_else.post(link)

    assert reused.status_code == 400
    assert signed_in_volunteer(someone_else) is None
    someone_else.post(reverse("volunteering:request_link"), {"email": "ola@example.org"})
    run_tasks()  # the worker sends the link, so that no visitor can time the answer
    fresh = link_in(mailoutbox[-1])
    assert someone_else.post(fresh).status_code == 302
    assert signed_in_volunteer(someone_else) == volunteer
