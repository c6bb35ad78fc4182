"""E-mails to visitors and editors, each rendered in the recipient's language."""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from pages.site_url import site_root_url
from pages.tasks import deliver, owner_key


def absolute_url(path_or_url: str) -> str:
    """An absolute link: a path gets the default Site's address (pages.site_url, the source
    page URLs use too); a URL that has one already (a page of another site) stays as it is."""
    if path_or_url.startswith(("http://", "https://")):
        return path_or_url
    return site_root_url() + path_or_url


def absolute_reverse(name: str, *, args=(), language_code: str) -> str:
    """The absolute URL of a named view, in the recipient's language (its URL prefix)."""
    with translation.override(language_code):
        return absolute_url(reverse(name, args=args))


def send_templated(
    *,
    template: str,
    context: dict,
    to: list[str],
    language_code: str,
    headers: dict[str, str] | None = None,
    about=None,
    attachments: list[tuple[str, str, str]] | None = None,
) -> None:
    """Send `<template>_subject.txt` and `<template>_body.txt` in `language_code`. The subject
    is folded onto one line, whatever a title in it holds, so no header can be injected.
    `about`: the record of the person whose data the message holds (the recipient, or the
    volunteer a coordinator is told about), so that erasing them deletes it from the queue.
    `attachments`: (file name, text, media type) each, kept as text so a retry can queue it."""
    with translation.override(language_code):
        subject = render_to_string(f"{template}_subject.txt", context)
        body = render_to_string(f"{template}_body.txt", context)
    deliver(
        {
            "subject": " ".join(subject.split()),
            "body": body,
            "from_email": settings.DEFAULT_FROM_EMAIL,
            "to": to,
            "headers": headers or {},
            **({"attachments": attachments} if attachments else {}),
        },
        owner=owner_key(about) if about is not None else "",
    )


def cancel_url(registration) -> str:
    """The registrant's own cancel link, in their language (the route's path is translated)."""
    conference = registration.conference
    with translation.override(registration.language_code):
        return conference.get_full_url() + conference.reverse_subpage(
            "cancel_registration", args=[registration.cancel_token]
        )


def registration_context(registration, **extra) -> dict:
    return {
        "registration": registration,
        "conference": registration.conference,
        "cancel_url": cancel_url(registration),
        "position": registration.waitlist_position(),
        **extra,
    }


def send_registration_confirmation(registration, *, already: bool = False) -> None:
    """`already`: the address asked again for a place it holds; it gets its details again.
    A registration on the waiting list is told so, with its position."""
    if already:
        template = "pages/email/registration_again"
    elif registration.is_waitlisted:
        template = "pages/email/registration_waitlisted"
    else:
        template = "pages/email/registration"
    send_templated(
        template=template,
        context=registration_context(registration),
        to=[registration.email],
        language_code=registration.language_code,
        about=registration,
    )


def send_registration_promoted(registration) -> None:
    send_templated(
        template="pages/email/registration_promoted",
        context=registration_context(registration),
        to=[registration.email],
        language_code=registration.language_code,
        about=registration,
    )


def send_registration_cancelled(registration, *, was_waiting: bool) -> None:
    """The registrant cancelled through their link: a place, or a turn on the waiting list."""
    send_templated(
        template="pages/email/registration_cancelled",
        context={
            "registration": registration,
            "conference": registration.conference,
            # Whether they gave up a turn rather than a place: never promoted means waiting.
            "was_waiting": was_waiting,
        },
        to=[registration.email],
        language_code=registration.language_code,
        about=registration,
    )


def send_event_reminder(registration, *, ics: str) -> None:
    """The reminder before the event, with the event's calendar file attached."""
    send_templated(
        template="pages/email/registration_reminder",
        context=registration_context(registration),
        to=[registration.email],
        language_code=registration.language_code,
        about=registration,
        attachments=[(f"{registration.conference.slug}.ics", ics, "text/calendar; charset=utf-8")],
    )


def send_registration_refused(*, conference, fields: dict, language_code: str) -> None:
    """The last place went (or registration closed) between the form and the booking."""
    send_templated(
        template="pages/email/registration_refused",
        context={"name": fields["name"], "conference": conference},
        to=[fields["email"]],
        language_code=language_code,
    )
