"""E-mails of the volunteering plugin, each in the recipient's language. Links are absolute,
built from the default Site (the site's public address, pages.site_url)."""

from django.urls import reverse
from django.utils import translation

from pages.notifications import absolute_reverse, absolute_url, send_templated
from volunteering import tokens


def link(name: str, token: str, language_code: str) -> str:
    return absolute_reverse(name, args=[token], language_code=language_code)


def _send(*, template: str, **kwargs) -> None:
    send_templated(template=f"volunteering/email/{template}", **kwargs)


def send_confirmation(volunteer, *, offer_id: int | None = None) -> None:
    token = tokens.make_token(volunteer, tokens.CONFIRM, offer_id=offer_id)
    _send(
        template="confirm",
        context={
            "volunteer": volunteer,
            "url": link("volunteering:confirm", token, volunteer.language_code),
        },
        to=[volunteer.email],
        language_code=volunteer.language_code,
        about=volunteer,
    )


def send_manage_link(volunteer, *, offer_id: int | None = None) -> None:
    token = tokens.make_token(volunteer, tokens.MANAGE, offer_id=offer_id)
    _send(
        template="manage_link",
        context={
            "volunteer": volunteer,
            "url": link("volunteering:enter", token, volunteer.language_code),
        },
        to=[volunteer.email],
        language_code=volunteer.language_code,
        about=volunteer,
    )


def send_interest_to_coordinator(interest, *, recipients: list[str], admin_url: str) -> None:
    offer = interest.offer
    _send(
        template="interest_new",
        context={"interest": interest, "offer": offer, "admin_url": admin_url},
        to=recipients,
        language_code=offer.locale.language_code,
        about=interest.volunteer,  # their name and message
    )


def send_interest_status(interest, *, message: str = "") -> None:
    """The new status, with the coordinator's own words when they wrote any."""
    _send_to_volunteer(interest, template="interest_status", message=message)


def send_interest_message(interest, *, message: str) -> None:
    _send_to_volunteer(interest, template="interest_message", message=message)


def _send_to_volunteer(interest, *, template: str, message: str) -> None:
    volunteer = interest.volunteer
    _send(
        template=template,
        context={
            "interest": interest,
            "offer": interest.offer,
            "volunteer": volunteer,
            "message": message,
            "profile_url": absolute_url(_profile_path(volunteer.language_code)),
        },
        to=[volunteer.email],
        language_code=volunteer.language_code,
        about=volunteer,
    )


def send_interest_received(interest) -> None:
    volunteer = interest.volunteer
    _send(
        template="interest_received",
        context={"interest": interest, "offer": interest.offer, "volunteer": volunteer},
        to=[volunteer.email],
        language_code=volunteer.language_code,
        about=volunteer,
    )


def send_inactivity_warning(volunteer) -> None:
    token = tokens.make_token(volunteer, tokens.KEEP)
    _send(
        template="inactivity_warning",
        context={
            "volunteer": volunteer,
            "url": link("volunteering:keep", token, volunteer.language_code),
        },
        to=[volunteer.email],
        language_code=volunteer.language_code,
        about=volunteer,
    )


def _profile_path(language_code: str) -> str:
    with translation.override(language_code):
        return reverse("volunteering:request_link")
