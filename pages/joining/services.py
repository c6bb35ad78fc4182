"""The joining rules: plain keyword-only functions over plain data, each taking `now`.

An application is stored unconfirmed and its contact is mailed a signed link; only a confirmed
application is shown to the network coordinators. Every step a person takes on it is written
to Wagtail's audit log (ModelLogEntry) under the actions registered in wagtail_hooks."""

import dataclasses

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import override

from wagtail.log_actions import log
from wagtail.models import Locale

from pages.joining import tokens
from pages.joining.verification import record_verification, verifier_name
from pages.models import (
    ApplicationStatus,
    EditorInvitation,
    MembershipApplication,
    OrganisationIndexPage,
    OrganisationPage,
    OrganisationWorkspace,
    VerificationSource,
)
from pages.models.joining import APPLICANT_FIELDS, new_nonce
from pages.moderation import set_trusted_member
from pages.notifications import absolute_url, send_templated
from pages.validators import normalise_registry_number

REVIEWED_STATUSES = (ApplicationStatus.PENDING, ApplicationStatus.CHANGES_REQUESTED)


def organisation_name(workspace: OrganisationWorkspace) -> str:
    """The organisation's own name (its page in the default language), not its group's."""
    titles = OrganisationPage.objects.filter(translation_key=workspace.translation_key)
    title = titles.filter(locale=Locale.get_default()).values_list("title", flat=True).first()
    return title or titles.values_list("title", flat=True).first() or workspace.group.name


class DecisionRefused(Exception):
    """The application is not in a state that takes this decision (decided already, say)."""


@dataclasses.dataclass(frozen=True)
class Duplicates:
    organisations: list
    applications: list

    def __bool__(self) -> bool:
        return bool(self.organisations or self.applications)


def find_duplicates(*, krs: str, nip: str, exclude_pk: int | None = None) -> Duplicates:
    """Organisations and applications under review with the same KRS or NIP (digits
    compared). Unconfirmed applications are left out: anyone may type any number into the
    form, and only a confirmed one is someone's application."""
    numbers = Q(pk__in=[])
    if krs := normalise_registry_number(krs):
        numbers |= Q(krs=krs)
    if nip := normalise_registry_number(nip):
        numbers |= Q(nip=nip)
    organisations = list(
        OrganisationPage.objects.filter(numbers, locale=Locale.get_default()).order_by("title")
    )
    applications = list(
        MembershipApplication.objects.filter(numbers, status__in=REVIEWED_STATUSES)
        .exclude(pk=exclude_pk)
        .order_by("created_at")
    )
    return Duplicates(organisations=organisations, applications=applications)


def _link(name: str, token: str, language_code: str) -> str:
    with override(language_code):
        return absolute_url(reverse(name, args=[token]))


def _clean_fields(fields: dict) -> dict:
    data = {name: fields.get(name, "") for name in APPLICANT_FIELDS}
    for number in ("krs", "nip", "regon"):
        data[number] = normalise_registry_number(data[number])
    return data


def submit_application(*, fields: dict, language_code: str, now) -> MembershipApplication:
    """Store the application unconfirmed and mail its contact the confirmation link."""
    application = MembershipApplication(
        **_clean_fields(fields),
        language_code=language_code,
        consent_given_at=now,
        created_at=now,
    )
    application.save()
    send_templated(
        template="pages/email/joining_confirm",
        context={
            "application": application,
            "link": _link(
                "joining:confirm", tokens.make_token(application, tokens.CONFIRM), language_code
            ),
        },
        to=[application.contact_email],
        language_code=language_code,
        about=application,
    )
    return application


def confirm_application(*, application: MembershipApplication, now) -> bool:
    """The contact confirmed their address: the application now waits for review. False if
    it was confirmed before (the link is spent)."""
    with transaction.atomic():
        updated = MembershipApplication.objects.filter(
            pk=application.pk,
            token_nonce=application.token_nonce,
            status=ApplicationStatus.UNCONFIRMED,
        ).update(status=ApplicationStatus.PENDING, confirmed_at=now, token_nonce=new_nonce())
        if not updated:
            return False
        application.refresh_from_db()
        log(instance=application, action="siec.joining.confirmed", user=None)
    return True


def resubmit_application(*, application: MembershipApplication, fields: dict, now) -> None:
    """The applicant changed what the coordinators asked for; it waits for review again."""
    if not application.editable_by_applicant:
        raise DecisionRefused
    for name, value in _clean_fields(fields).items():
        setattr(application, name, value)
    application.status = ApplicationStatus.PENDING
    application.token_nonce = new_nonce()
    application.save()
    log(instance=application, action="siec.joining.resubmitted", user=None)


def _decide(application, *, status, user, message, now, action):
    if not application.awaits_review:
        raise DecisionRefused
    application.status = status
    application.decided_at = now
    application.decided_by = user
    application.decision_message = message
    application.token_nonce = new_nonce()
    application.save()
    log(instance=application, action=action, user=user, data={"message": message})


def request_changes(*, application: MembershipApplication, user, message: str, now) -> None:
    with transaction.atomic():
        _decide(
            application,
            status=ApplicationStatus.CHANGES_REQUESTED,
            user=user,
            message=message,
            now=now,
            action="siec.joining.changes_requested",
        )
    token = tokens.make_token(application, tokens.EDIT)
    send_templated(
        template="pages/email/joining_changes",
        context={
            "application": application,
            "message": message,
            "link": _link("joining:edit", token, application.language_code),
        },
        to=[application.contact_email],
        language_code=application.language_code,
        about=application,
    )


def reject_application(*, application: MembershipApplication, user, reason: str, now) -> None:
    with transaction.atomic():
        _decide(
            application,
            status=ApplicationStatus.REJECTED,
            user=user,
            message=reason,
            now=now,
            action="siec.joining.rejected",
        )
    send_templated(
        template="pages/email/joining_rejected",
        context={"application": application, "reason": reason},
        to=[application.contact_email],
        language_code=application.language_code,
        about=application,
    )


def free_slug(parent, title: str) -> str:
    base = slugify(title)[:60] or "organizacja"
    slug, suffix = base, 2
    while parent.get_children().filter(slug=slug).exists():
        slug, suffix = f"{base}-{suffix}", suffix + 1
    return slug


def network_organisation_index() -> OrganisationIndexPage:
    return OrganisationIndexPage.objects.filter(locale=Locale.get_default()).first()


def approve_application(
    *, application: MembershipApplication, user, message: str, now
) -> OrganisationPage:
    """A draft organisation page under the network's index, its workspace (made by the page's
    post_save handler) and a one-time invitation for the contact to become its first editor."""
    index = network_organisation_index()
    if index is None:
        raise DecisionRefused
    with transaction.atomic():
        _decide(
            application,
            status=ApplicationStatus.APPROVED,
            user=user,
            message=message,
            now=now,
            action="siec.joining.approved",
        )
        page = OrganisationPage(
            title=application.name,
            slug=free_slug(index, application.name),
            legal_form=application.legal_form,
            mission=application.description[:500],
            email=application.contact_email,
            krs=application.krs,
            nip=application.nip,
            regon=application.regon,
            street_address=application.street_address,
            postal_code=application.postal_code,
            city=application.city,
            live=False,
        )
        index.add_child(instance=page)
        areas = [area.strip() for area in application.areas_of_work.split(",") if area.strip()]
        if areas:
            page.areas_of_work.add(*areas)
        page.save_revision(user=user, log_action=True)
        application.organisation = page
        application.save(update_fields=["organisation"])
        record_verification(
            organisation=page, source=VerificationSource.REVIEW, by=verifier_name(user), now=now
        )
        workspace = OrganisationWorkspace.objects.get(translation_key=page.translation_key)
        # A new member's postings and offers wait for review until the network trusts it.
        set_trusted_member(workspace=workspace, trusted=False, user=user)
        invitation = _create_invitation(
            workspace=workspace,
            email=application.contact_email,
            invited_by=user,
            language_code=application.language_code,
            now=now,
        )
    send_templated(
        template="pages/email/joining_approved",
        context={
            "application": application,
            "message": message,
            "link": _link(
                "joining:invitation",
                tokens.make_token(invitation, tokens.INVITATION),
                invitation.language_code,
            ),
            "expires_at": invitation.expires_at,
        },
        to=[application.contact_email],
        language_code=application.language_code,
        about=application,
    )
    return page


def _create_invitation(*, workspace, email, invited_by, language_code, now) -> EditorInvitation:
    invitation = EditorInvitation.objects.create(
        workspace=workspace,
        email=email,
        invited_by=invited_by,
        language_code=language_code,
        created_at=now,
        expires_at=now + tokens.INVITATION_LIFETIME,
    )
    log(instance=invitation, action="siec.joining.invited", user=invited_by, data={"email": email})
    return invitation


def invite_editor(
    *, workspace: OrganisationWorkspace, email: str, invited_by, language_code: str, now
) -> EditorInvitation:
    """An editor invites a colleague into their own organisation (the view checks it is)."""
    invitation = _create_invitation(
        workspace=workspace,
        email=email,
        invited_by=invited_by,
        language_code=language_code,
        now=now,
    )
    send_templated(
        template="pages/email/joining_invitation",
        context={
            "invitation": invitation,
            "organisation": organisation_name(workspace),
            "link": _link(
                "joining:invitation",
                tokens.make_token(invitation, tokens.INVITATION),
                language_code,
            ),
        },
        to=[email],
        language_code=language_code,
        about=invitation,
    )
    return invitation


def accept_invitation(*, invitation: EditorInvitation, name: str, password: str, now):
    """Spend the invitation: an account for its address (an existing one is reused) joins
    the organisation's editors. None if the invitation is spent or expired."""
    with transaction.atomic():
        invitation = EditorInvitation.objects.select_for_update().get(pk=invitation.pk)
        if not invitation.usable_at(now):
            return None
        users = get_user_model().objects
        user = users.filter(email__iexact=invitation.email).first()
        if user is None:
            first, _, last = name.partition(" ")
            user = users.create_user(
                username=invitation.email.lower()[:150],
                email=invitation.email,
                password=password,
                first_name=first[:150],
                last_name=last[:150],
            )
        invitation.workspace.group.user_set.add(user)
        invitation.accepted_at = now
        invitation.user = user
        invitation.nonce = new_nonce()
        invitation.save()
        log(instance=invitation, action="siec.joining.invitation_accepted", user=user)
    return user
