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
) -> None:
    """Send `<template>_subject.txt` and `<template>_body.txt` in `language_code`. The subject
    is folded onto one line, whatever a title in it holds, so no header can be injected.
    `about`: the record of the person whose data the message holds (the recipient, or the
    volunteer a coordinator is told about), so that erasing them deletes it from the queue."""
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
        },
        owner=owner_key(about) if about is not None else "",
    )


def send_registration_confirmation(registration, *, already: bool = False) -> None:
    """`already`: the address asked again for a place it holds; it gets its details again."""
    send_templated(
        template="pages/email/registration_again" if already else "pages/email/registration",
        context={"registration": registration, "conference": registration.conference},
        to=[registration.email],
        language_code=registration.language_code,
        about=registration,
    )


def send_registration_refused(*, conference, fields: dict, language_code: str) -> None:
    """The last place went (or registration closed) between the form and the booking."""
    send_templated(
        template="pages/email/registration_refused",
        context={"name": fields["name"], "conference": conference},
        to=[fields["email"]],
        language_code=language_code,
    )
