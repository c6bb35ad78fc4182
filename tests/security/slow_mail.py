"""A mail backend as slow as a real mail server: each message waits MAIL_SERVER_SECONDS
(about an SMTP round trip) before it lands in django.core.mail.outbox. With it, an e-mail
sent inside a request shows in the request's time, as it does in production."""

import time

from django.core.mail.backends.locmem import EmailBackend

MAIL_SERVER_SECONDS = 0.05


class SlowEmailBackend(EmailBackend):
    def send_messages(self, messages):
        time.sleep(MAIL_SERVER_SECONDS * len(messages))
        return super().send_messages(messages)
