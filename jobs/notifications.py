"""E-mails of the job board, each rendered in the recipient's language."""

from pages.notifications import send_templated


def _send(*, template: str, **kwargs) -> None:
    send_templated(template=f"jobs/email/{template}", **kwargs)


def send_application_received(application) -> None:
    _send(
        template="application_received",
        context={"application": application, "posting": application.posting},
        to=[application.email],
        language_code=application.language_code,
        about=application,
    )


def send_application_status(application, *, message: str = "") -> None:
    _send(
        template="application_status",
        context={"application": application, "posting": application.posting, "message": message},
        to=[application.email],
        language_code=application.language_code,
        about=application,
    )


def send_deadline_reminder(*, posting, recipients: list[str], extend_url: str) -> None:
    _send(
        template="deadline_reminder",
        context={"posting": posting, "extend_url": extend_url},
        to=recipients,
        language_code=posting.locale.language_code,
    )
