"""Verification codes and digests of certificates.

A code is 80 random bits from `secrets` (not guessable: 2**80 codes for a few thousand
certificates) in Crockford's base32, plus two check characters keyed with SECRET_KEY, so a
mistyped or altered code is told apart from an unknown one without touching the database. The
digest is a SHA-256 of what the certificate says, so an edit to an issued row shows."""

import base64
import hashlib
import hmac
import json
import re
import secrets

from django.conf import settings

RANDOM_BYTES = 10
GROUP = 4
# Crockford's alphabet: no I, L, O or U, so a code read aloud or retyped stays unambiguous.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RFC_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_TO_CROCKFORD = str.maketrans(_RFC_ALPHABET, _ALPHABET)
_SHAPE = re.compile(r"^[0-9A-Z]{18}$")


def _check(body: str) -> str:
    mac = hmac.new(settings.SECRET_KEY.encode(), body.encode(), hashlib.sha256).digest()
    return "".join(_ALPHABET[byte % 32] for byte in mac[:2])


def new_code() -> str:
    body = base64.b32encode(secrets.token_bytes(RANDOM_BYTES)).decode().translate(_TO_CROCKFORD)
    raw = body + _check(body)
    return "-".join(raw[i : i + GROUP] for i in range(0, len(raw), GROUP))


def normalise(code: str) -> str:
    """Upper case, without dashes or spaces, with the letters people confuse read as digits."""
    cleaned = re.sub(r"[\s-]", "", code or "").upper()
    return cleaned.translate(str.maketrans("OIL", "011"))


def is_well_formed(code: str) -> bool:
    """Right length, right alphabet and a check that matches: not mistyped, not made up."""
    raw = normalise(code)
    if not _SHAPE.match(raw):
        return False
    return hmac.compare_digest(_check(raw[:-2]), raw[-2:])


def stored_form(code: str) -> str:
    raw = normalise(code)
    return "-".join(raw[i : i + GROUP] for i in range(0, len(raw), GROUP))


def digest(content: dict) -> str:
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()
