"""E-mails about shifts, each in the volunteer's language."""

from django.urls import reverse
from django.utils import translation

from pages.notifications import absolute_url, send_templated
from volunteering import shifts as rules


def _my_shifts_url(language_code: str) -> str:
    # The volunteer signs in by a link; the page asks for one when there is no session.
    with translation.override(language_code):
        return absolute_url(reverse("volunteering:my_shifts"))


def send_promoted(signup) -> None:
    volunteer, shift = signup.volunteer, signup.shift
    with translation.override(volunteer.language_code):
        when = rules.local_label(shift.start_at, shift.end_at)
    send_templated(
        template="volunteering/email/shift_promoted",
        context={
            "volunteer": volunteer,
            "offer": shift.offer,
            "shift": shift,
            "when": when,
            "url": _my_shifts_url(volunteer.language_code),
        },
        to=[volunteer.email],
        language_code=volunteer.language_code,
        about=volunteer,
    )
