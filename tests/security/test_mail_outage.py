"""The mail server refusing connections: every public form still answers as usual and keeps
what was sent, and every e-mail it owed goes out once the server is back (the worker retries)."""

from django.core import mail

import pytest

from pages.tasks import MAX_ATTEMPTS, retry_email
from tests.search.conftest import run_tasks
from tests.security.conftest import waiting
from tests.security.form_names import FORM_NAMES

pytestmark = pytest.mark.django_db

# The volunteer-link form sends nothing when the address is unknown (no account enumeration).
MAILING_FORMS = [name for name in FORM_NAMES if name != "volunteer-link"]


@pytest.mark.parametrize("name", MAILING_FORMS)
def test_a_form_sent_while_the_mail_server_refuses_is_kept_and_mailed_later(
    client, public_forms, refusing_mail_server, name
):
    form = public_forms[name]
    form.prepare(client)
    stored_before = form.stored()
    mail.outbox = []

    response = form.post(client)
    run_tasks()  # the forms that take an address are finished and mailed by the worker

    assert response.status_code < 400
    assert form.stored() == stored_before + 1
    assert waiting().filter(task_path__endswith="retry_email").count() == 1

    refusing_mail_server()
    run_tasks()

    assert mail.outbox, "the queued e-mail was not delivered after recovery"
    assert not waiting().exists()


def test_a_retry_refused_again_is_queued_again_and_given_up_only_after_days(
    refusing_mail_server, caplog
):
    message = {"subject": "Temat", "body": "Treść", "to": ["a@example.org"], "headers": {}}

    assert retry_email.call(message, 1).startswith("refused")
    assert waiting().count() == 1
    assert retry_email.call(message, MAX_ATTEMPTS) == "given up"
    assert "Gave up e-mail" in caplog.text
    assert "a@example.org" not in caplog.text
