"""Signed links in e-mails: confirm the address, manage the profile, keep it after a warning.

Each link carries the volunteer's id and token nonce, so replacing the nonce (or erasing the
volunteer) voids every link sent before."""

import datetime

from django.core import signing

from volunteering import lifecycle
from volunteering.models.volunteers import Volunteer

CONFIRM = "volunteering.confirm"
MANAGE = "volunteering.manage"
KEEP = "volunteering.keep"
MAX_AGE = {
    CONFIRM: lifecycle.CONFIRMATION_WINDOW,
    MANAGE: lifecycle.MANAGE_LINK_MAX_AGE,
    KEEP: lifecycle.ERASURE_GRACE,
}


class InvalidLink(Exception):
    def __init__(self, *, expired: bool):
        super().__init__("expired" if expired else "invalid")
        self.expired = expired


def make_token(volunteer: Volunteer, purpose: str, *, offer_id: int | None = None) -> str:
    payload = {"v": volunteer.pk, "n": volunteer.token_nonce}
    if offer_id:
        payload["o"] = offer_id
    return signing.dumps(payload, salt=purpose, compress=True)


def read_token(token: str, purpose: str, *, max_age: datetime.timedelta | None = None):
    """The volunteer and the offer id carried by a link; InvalidLink if it is forged, stale or
    points at someone erased since."""
    try:
        payload = signing.loads(token, salt=purpose, max_age=max_age or MAX_AGE[purpose])
    except signing.SignatureExpired as error:
        raise InvalidLink(expired=True) from error
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise InvalidLink(expired=False) from error
    if not isinstance(payload, dict):
        raise InvalidLink(expired=False)
    volunteer = Volunteer.objects.filter(pk=payload.get("v"), token_nonce=payload.get("n")).first()
    if volunteer is None:
        raise InvalidLink(expired=False)
    return volunteer, payload.get("o")
