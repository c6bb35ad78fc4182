from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation


def send_registration_confirmation(registration) -> None:
    conference = registration.conference
    with translation.override(registration.language_code):
        context = {"registration": registration, "conference": conference}
        subject = " ".join(
            render_to_string("pages/email/registration_subject.txt", context).split()
        )
        body = render_to_string("pages/email/registration_body.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [registration.email])
