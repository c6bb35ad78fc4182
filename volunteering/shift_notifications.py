"""E-mails about shifts, each in the volunteer's language."""

from django.urls import reverse
from django.utils import translation

from pages.notifications import absolute_url, send_templated
from volunteering import shifts as rules


def my_shifts_url(language_code: str) -> str:
    # The volunteer signs in by a link; the page asks for one when there is no session.
    with translation.override(language_code):
        return absolute_url(reverse("volunteering:my_shifts"))


def send_about_shift(signup, *, template: str, **extra) -> None:
    """An e-mail to the volunteer about their place on a shift, in their language, with the
    shift's time in Polish local time and the link to "my shifts"."""
    volunteer, shift = signup.volunteer, signup.shift
    with translation.override(volunteer.language_code):
        when = rules.local_label(shift.start_at, shift.end_at)
    send_templated(
        template=template,
        context={
            "volunteer": volunteer,
            "offer": shift.offer,
            "shift": shift,
            "when": when,
            "url": my_shifts_url(volunteer.language_code),
            **extra,
        },
        to=[volunteer.email],
        language_code=volunteer.language_code,
        about=volunteer,
    )


def send_promoted(signup) -> None:
    send_about_shift(signup, template="volunteering/email/shift_promoted")


def send_coordinator_message(signup, *, subject: str, body: str, reply_to: str) -> None:
    """The coordinator's own words to one volunteer on the shift (one e-mail each, so no
    volunteer sees another's address); replies go to the coordinator."""
    volunteer, shift = signup.volunteer, signup.shift
    with translation.override(volunteer.language_code):
        when = rules.local_label(shift.start_at, shift.end_at)
    send_templated(
        template="volunteering/email/shift_message",
        context={
            "volunteer": volunteer,
            "offer": shift.offer,
            "when": when,
            "subject": subject,
            "body": body,
        },
        to=[volunteer.email],
        language_code=volunteer.language_code,
        headers={"Reply-To": reply_to} if reply_to else None,
        about=volunteer,
    )
