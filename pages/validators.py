"""Polish registry numbers. KRS has no checksum; NIP and REGON carry a mod-11 check digit."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_SEPARATORS = re.compile(r"[\s-]")
_NIP_WEIGHTS = (6, 5, 7, 2, 3, 4, 5, 6, 7)
_REGON9_WEIGHTS = (8, 9, 2, 3, 4, 5, 6, 7)
_REGON14_WEIGHTS = (2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8)


def normalise_registry_number(value: str) -> str:
    """Editors paste numbers as "123-456-78-90" or "PL1234567890"; we store digits only."""
    cleaned = _SEPARATORS.sub("", value or "")
    if cleaned.upper().startswith("PL"):
        cleaned = cleaned[2:]
    return cleaned


def _check_digit(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11 % 10


def is_valid_nip(value: str) -> bool:
    digits = normalise_registry_number(value)
    if not re.fullmatch(r"\d{10}", digits):
        return False
    checksum = sum(int(d) * w for d, w in zip(digits, _NIP_WEIGHTS, strict=False)) % 11
    return checksum != 10 and checksum == int(digits[9])


def is_valid_regon(value: str) -> bool:
    digits = normalise_registry_number(value)
    if re.fullmatch(r"\d{9}", digits):
        return _check_digit(digits, _REGON9_WEIGHTS) == int(digits[8])
    if re.fullmatch(r"\d{14}", digits):
        return is_valid_regon(digits[:9]) and _check_digit(digits, _REGON14_WEIGHTS) == int(
            digits[13]
        )
    return False


def validate_krs(value: str) -> None:
    if not re.fullmatch(r"\d{10}", normalise_registry_number(value)):
        raise ValidationError(
            _("A KRS number has exactly 10 digits, e.g. 0000123456."), code="invalid_krs"
        )


def validate_nip(value: str) -> None:
    if not is_valid_nip(value):
        raise ValidationError(
            _("This is not a valid NIP: it needs 10 digits with a correct check digit."),
            code="invalid_nip",
        )


def validate_regon(value: str) -> None:
    if not is_valid_regon(value):
        raise ValidationError(
            _("This is not a valid REGON: it needs 9 or 14 digits with a correct check digit."),
            code="invalid_regon",
        )


def validate_postal_code(value: str) -> None:
    if not re.fullmatch(r"\d{2}-\d{3}", value or ""):
        raise ValidationError(
            _("A Polish postal code looks like 31-042."), code="invalid_postal_code"
        )


def clean_person_name(value: str) -> str:
    """A name as people type it, with runs of spaces (and line breaks) folded to one."""
    name = " ".join(value.split())
    if not name:
        raise ValidationError(_("Please give your name."))
    return name
