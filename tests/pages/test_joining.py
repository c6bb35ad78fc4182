"""Joining the network: the public form with double opt-in, the coordinators' review, the
first editor's invitation and invitations by editors."""

import re

from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from wagtail.models import ModelLogEntry

import pytest

from pages.factories import MembershipApplicationFactory, join_form_data
from pages.joining import services, tokens
from pages.joining.roles import network_coordinators_group
from pages.models import (
    ApplicationStatus,
    EditorInvitation,
    MembershipApplication,
    OrganisationPage,
    OrganisationWorkspace,
)

pytestmark = pytest.mark.django_db


def link_in(message) -> str:
    return re.search(r"https?://\S+", message.body).group(0).split("://", 1)[1].split("/", 1)[1]


@pytest.fixture
def coordinator(django_user_model, organisation_index):
    user = django_user_model.objects.create_user("koordynatorka", "k@example.org", "pw")
    user.groups.add(network_coordinators_group())
    return user


@pytest.fixture
def editor_of(django_user_model):
    def make(organisation, username="redaktor"):
        user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
        workspace = OrganisationWorkspace.objects.get(translation_key=organisation.translation_key)
        user.groups.add(workspace.group)
        return user

    return make


def test_the_join_form_has_a_translated_address_in_each_language(home):
    polish = reverse("joining:join")

    from django.utils import translation

    with translation.override("en"):
        english = reverse("joining:join")

    assert polish == "/dolacz-do-sieci/"
    assert english == "/en/join-the-network/"


def test_a_bad_nip_and_an_unknown_town_come_back_in_an_error_summary(client, home):
    response = client.post(reverse("joining:join"), join_form_data(nip="1234567890", city="Xyzowo"))

    body = response.content.decode()
    assert response.status_code == 400
    assert 'class="error-summary"' in body
    assert 'href="#id_nip"' in body
    assert 'href="#id_city"' in body
    assert MembershipApplication.objects.count() == 0


def test_a_registered_organisation_needs_its_krs_but_an_informal_group_does_not(client, home):
    without_krs = client.post(reverse("joining:join"), join_form_data(krs=""))
    group = client.post(
        reverse("joining:join"), join_form_data(krs="", legal_form="INFORMAL_GROUP")
    )

    assert without_krs.status_code == 400
    assert 'href="#id_krs"' in without_krs.content.decode()
    assert group.status_code == 200


def test_an_application_reaches_reviewers_only_after_its_email_is_confirmed(
    client, home, coordinator
):
    sent = client.post(reverse("joining:join"), join_form_data())
    application = MembershipApplication.objects.get()
    client.force_login(coordinator)
    before = client.get("/admin/join_applications/").content.decode()
    confirm_url = "/" + link_in(mail.outbox[0])
    client.get(confirm_url)  # a mail scanner opening the link confirms nothing
    unchanged = MembershipApplication.objects.get().status
    confirmed = client.post(confirm_url)
    after = client.get("/admin/join_applications/").content.decode()
    spent = client.post(confirm_url)

    assert sent.status_code == 200
    assert application.status == ApplicationStatus.UNCONFIRMED
    assert application.nip == "6771003471"
    assert application.city == "Kraków" and application.latitude is not None
    assert application.contact_name == "Maria Nowak"
    assert unchanged == ApplicationStatus.UNCONFIRMED
    assert confirmed.status_code == 200
    assert MembershipApplication.objects.get().status == ApplicationStatus.PENDING
    assert application.name not in before
    assert application.name in after
    assert spent.status_code == 400
    assert ModelLogEntry.objects.filter(action="siec.joining.confirmed").count() == 1


def test_duplicates_by_krs_or_nip_are_found_among_organisations_and_open_applications(
    organisation,
):
    organisation.nip = "6771003471"
    organisation.save()
    earlier = MembershipApplicationFactory(krs="0000654321", nip="5260250995")
    MembershipApplicationFactory(krs="0000654321", status=ApplicationStatus.REJECTED)
    MembershipApplicationFactory(nip="6771003471", status=ApplicationStatus.UNCONFIRMED)

    duplicates = services.find_duplicates(krs="0000654321", nip="677-100-34-71")

    assert duplicates.organisations == [organisation]
    assert duplicates.applications == [earlier]


def test_the_applicant_is_told_kindly_of_a_duplicate_and_the_reviewer_sees_it(
    client, home, organisation, coordinator
):
    organisation.nip = "6771003471"
    organisation.save()
    client.post(reverse("joining:join"), join_form_data())
    confirmed = client.post("/" + link_in(mail.outbox[0]))
    application = MembershipApplication.objects.get()
    client.force_login(coordinator)

    review = client.get(f"/admin/join_applications/review/{application.pk}/")

    assert "już członkiem sieci albo złożyła wniosek" in confirmed.content.decode()
    assert "Możliwy duplikat" in review.content.decode()
    assert organisation.title in review.content.decode()


def test_approval_creates_a_draft_organisation_its_workspace_and_an_invitation(
    client, coordinator, organisation_index
):
    application = MembershipApplicationFactory()
    client.force_login(coordinator)

    response = client.post(
        f"/admin/join_applications/review/{application.pk}/",
        {"decision": "approve", "message": "Witamy!"},
    )

    page = OrganisationPage.objects.get(title=application.name)
    application.refresh_from_db()
    assert response.status_code == 302
    assert application.status == ApplicationStatus.APPROVED
    assert application.decided_by == coordinator
    assert page.get_parent().pk == organisation_index.pk
    assert not page.live and page.nip == "5260250995"
    workspace = OrganisationWorkspace.objects.get(translation_key=page.translation_key)
    invitation = EditorInvitation.objects.get(workspace=workspace)
    assert invitation.email == application.contact_email
    assert mail.outbox[-1].to == [application.contact_email]
    assert "Witamy!" in mail.outbox[-1].body
    assert ModelLogEntry.objects.filter(action="siec.joining.approved").exists()


def test_asking_for_changes_mails_a_link_to_correct_and_resubmit(client, coordinator):
    application = MembershipApplicationFactory()
    client.force_login(coordinator)
    client.post(
        f"/admin/join_applications/review/{application.pk}/",
        {"decision": "changes", "message": "Podajcie pełny adres."},
    )
    client.logout()
    edit_url = "/" + link_in(mail.outbox[-1])

    form = client.get(edit_url)
    resubmitted = client.post(
        edit_url,
        join_form_data(
            name=application.name,
            krs="0000111222",
            nip="5260250995",
            regon="351216001",
            street_address="ul. Limanowskiego 1",
        ),
    )

    application.refresh_from_db()
    assert "Podajcie pełny adres." in form.content.decode()
    assert resubmitted.status_code == 200
    assert application.status == ApplicationStatus.PENDING
    assert application.street_address == "ul. Limanowskiego 1"
    assert client.get(edit_url).status_code == 400  # spent
    assert ModelLogEntry.objects.filter(action="siec.joining.resubmitted").exists()


def test_rejecting_needs_a_reason_and_mails_it(client, coordinator):
    application = MembershipApplicationFactory()
    client.force_login(coordinator)
    url = f"/admin/join_applications/review/{application.pk}/"

    without_reason = client.post(url, {"decision": "reject", "message": ""})
    rejected = client.post(url, {"decision": "reject", "message": "Działacie poza Małopolską."})

    application.refresh_from_db()
    assert without_reason.status_code == 400
    assert rejected.status_code == 302
    assert application.status == ApplicationStatus.REJECTED
    assert "Działacie poza Małopolską." in mail.outbox[-1].body
    assert ModelLogEntry.objects.filter(action="siec.joining.rejected").exists()


def test_an_organisation_editor_cannot_review_applications(client, organisation, editor_of):
    application = MembershipApplicationFactory()
    client.force_login(editor_of(organisation))

    listing = client.get("/admin/join_applications/")
    review = client.post(
        f"/admin/join_applications/review/{application.pk}/", {"decision": "approve"}
    )

    assert listing.status_code in (302, 403)
    # Wagtail answers a refused admin view with a redirect to the dashboard and a message.
    assert review.status_code in (302, 403)
    application.refresh_from_db()
    assert application.status == ApplicationStatus.PENDING


def test_the_invited_first_editor_sets_a_password_once_and_edits_only_their_organisation(
    client, coordinator, organisation
):
    application = MembershipApplicationFactory()
    page = services.approve_application(
        application=application, user=coordinator, message="", now=application.created_at
    )
    url = "/" + link_in(mail.outbox[-1])

    accepted = client.post(
        url,
        {"name": "Jan Kowalski", "password1": "Podgorze-2026!x", "password2": "Podgorze-2026!x"},
    )
    explorer = client.get(f"/admin/pages/{page.get_parent().pk}/", follow=True)
    again = client.post(
        url, {"name": "Ktoś Inny", "password1": "Podgorze-2026!x", "password2": "Podgorze-2026!x"}
    )

    assert accepted.status_code == 302 and accepted.url == reverse("wagtailadmin_home")
    user = EditorInvitation.objects.get().user
    assert user.email == application.contact_email and user.check_password("Podgorze-2026!x")
    assert explorer.status_code == 200
    assert page.title in explorer.content.decode()
    assert organisation.title not in explorer.content.decode()
    assert again.status_code == 400


def test_an_expired_invitation_is_refused(client, coordinator, organisation, settings):
    workspace = OrganisationWorkspace.objects.get(translation_key=organisation.translation_key)
    from django.utils import timezone

    invitation = services.invite_editor(
        workspace=workspace,
        email="nowa@example.org",
        invited_by=coordinator,
        language_code="pl",
        now=timezone.now() - tokens.INVITATION_LIFETIME,
    )

    response = client.get("/" + link_in(mail.outbox[-1]))

    assert response.status_code == 410
    assert invitation.user is None


def test_an_editor_invites_into_their_own_organisation_only(
    client, organisation, other_organisation, editor_of
):
    editor = editor_of(organisation)
    own = OrganisationWorkspace.objects.get(translation_key=organisation.translation_key)
    foreign = OrganisationWorkspace.objects.get(translation_key=other_organisation.translation_key)
    client.force_login(editor)

    form = client.get("/admin/invite-editor/")
    refused = client.post(
        "/admin/invite-editor/", {"workspace": foreign.pk, "email": "intruz@example.org"}
    )
    invited = client.post(
        "/admin/invite-editor/", {"workspace": own.pk, "email": "kolega@example.org"}
    )

    assert form.status_code == 200
    assert organisation.title in form.content.decode()
    assert other_organisation.title not in form.content.decode()
    assert refused.status_code == 400
    assert invited.status_code == 302
    assert list(EditorInvitation.objects.values_list("workspace", "email")) == [
        (own.pk, "kolega@example.org")
    ]
    assert mail.outbox[-1].to == ["kolega@example.org"]


def test_the_coordinators_group_is_named_by_the_setting(settings, db):
    group = network_coordinators_group()

    assert group.name == settings.SIEC_NETWORK_COORDINATORS_GROUP
    assert (
        Group.objects.get(name="Koordynatorzy sieci")
        .permissions.filter(codename="change_membershipapplication")
        .exists()
    )


def test_an_informal_group_joins_without_nip_or_regon_but_a_foundation_needs_both(client, home):
    group = client.post(
        reverse("joining:join"),
        join_form_data(krs="", nip="", regon="", legal_form="INFORMAL_GROUP"),
    )
    foundation = client.post(reverse("joining:join"), join_form_data(nip="", regon=""))

    assert group.status_code == 200
    assert foundation.status_code == 400
    assert 'href="#id_nip"' in foundation.content.decode()
    assert 'href="#id_regon"' in foundation.content.decode()
