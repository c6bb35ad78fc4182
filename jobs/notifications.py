"""E-mails of the job board, each rendered in the recipient's language."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation


def _send(*, template: str, context: dict, to: list[str], language_code: str) -> None:
    with translation.override(language_code):
        subject = " ".join(render_to_string(f"jobs/email/{template}_subject.txt", context).split())
        body = render_to_string(f"jobs/email/{template}_body.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, to)


def send_application_received(application) -> None:
    _send(
        template="application_received",
        context={"application": application, "posting": application.posting},
        to=[application.email],
        language_code=application.language_code,
    )


def send_application_status(application) -> None:
    _send(
        template="application_status",
        context={"application": application, "posting": application.posting},
        to=[application.email],
        language_code=application.language_code,
    )


def send_deadline_reminder(*, posting, recipients: list[str], extend_url: str) -> None:
    _send(
        template="deadline_reminder",
        context={"posting": posting, "extend_url": extend_url},
        to=recipients,
        language_code=posting.locale.language_code,
    )
