"""Signed links in the joining e-mails. Each carries a record's id and nonce: replacing the
nonce (confirming, resubmitting, accepting) voids every link sent before."""

import datetime

from django.core import signing

from pages.models import EditorInvitation, MembershipApplication

CONFIRM = "pages.joining.confirm"
EDIT = "pages.joining.edit"
INVITATION = "pages.joining.invitation"
CONFIRMATION_WINDOW = datetime.timedelta(hours=48)
EDIT_WINDOW = datetime.timedelta(days=14)
INVITATION_LIFETIME = datetime.timedelta(days=7)
MAX_AGE = {CONFIRM: CONFIRMATION_WINDOW, EDIT: EDIT_WINDOW, INVITATION: INVITATION_LIFETIME}
MODELS = {CONFIRM: MembershipApplication, EDIT: MembershipApplication, INVITATION: EditorInvitation}


class InvalidLink(Exception):
    def __init__(self, *, expired: bool):
        super().__init__("expired" if expired else "invalid")
        self.expired = expired


def make_token(record, purpose: str) -> str:
    nonce = record.nonce if purpose == INVITATION else record.token_nonce
    return signing.dumps({"i": record.pk, "n": nonce}, salt=purpose, compress=True)


def read_token(token: str, purpose: str):
    """The application or invitation a link names; InvalidLink if it is forged, stale or
    spent."""
    try:
        payload = signing.loads(token, salt=purpose, max_age=MAX_AGE[purpose])
    except signing.SignatureExpired as error:
        raise InvalidLink(expired=True) from error
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise InvalidLink(expired=False) from error
    if not isinstance(payload, dict):
        raise InvalidLink(expired=False)
    nonce_field = "nonce" if purpose == INVITATION else "token_nonce"
    record = (
        MODELS[purpose]
        .objects.filter(pk=payload.get("i"), **{nonce_field: str(payload.get("n"))})
        .first()
    )
    if record is None:
        raise InvalidLink(expired=False)
    return record
