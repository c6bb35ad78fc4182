import datetime
import json

from django.core.exceptions import ValidationError

import pytest

from pages.schedule import ProgrammeStatus, programme_status, registration_is_open
from pages.templatetags.siec_tags import json_ld
from pages.validators import is_valid_nip, is_valid_regon, validate_krs, validate_postal_code

TODAY = datetime.date(2026, 11, 21)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (datetime.date(2026, 12, 1), None, ProgrammeStatus.UPCOMING),
        (datetime.date(2022, 11, 1), datetime.date(2024, 4, 30), ProgrammeStatus.FINISHED),
        (datetime.date(2026, 11, 21), datetime.date(2026, 11, 21), ProgrammeStatus.RUNNING),
        (datetime.date(2020, 1, 1), None, ProgrammeStatus.RUNNING),
        (datetime.date(2026, 1, 1), datetime.date(2026, 11, 20), ProgrammeStatus.FINISHED),
    ],
)
def test_programme_status_follows_its_dates(start, end, expected):
    assert programme_status(start_date=start, end_date=end, today=TODAY) == expected


def test_registration_closes_at_its_deadline_or_else_at_the_end_of_the_event():
    now = datetime.datetime(2026, 11, 21, 12, tzinfo=datetime.UTC)
    ends = now + datetime.timedelta(days=3)

    assert registration_is_open(closes_at=None, ends_at=ends, now=now)
    assert not registration_is_open(
        closes_at=now - datetime.timedelta(seconds=1), ends_at=ends, now=now
    )


@pytest.mark.parametrize("nip", ["5260250995", "526-025-09-95", "PL 526 025 09 95"])
def test_valid_nip_numbers_are_accepted_in_common_spellings(nip):
    assert is_valid_nip(nip)


@pytest.mark.parametrize("nip", ["5260250994", "123", "abcdefghij", "", "52602509951"])
def test_nip_with_a_wrong_check_digit_or_length_is_rejected(nip):
    assert not is_valid_nip(nip)


@pytest.mark.parametrize("regon", ["123456785", "12345678512347"])
def test_valid_regon_numbers_of_both_lengths_are_accepted(regon):
    assert is_valid_regon(regon)


@pytest.mark.parametrize("regon", ["123456789", "12345678512348", "1234", "12345678912347"])
def test_invalid_regon_numbers_are_rejected(regon):
    assert not is_valid_regon(regon)


def test_krs_needs_exactly_ten_digits():
    validate_krs("0000123456")

    with pytest.raises(ValidationError):
        validate_krs("12345")
    with pytest.raises(ValidationError):
        validate_krs("00001234AB")


def test_postal_code_needs_the_polish_format():
    validate_postal_code("31-042")

    with pytest.raises(ValidationError):
        validate_postal_code("31042")


def test_json_ld_cannot_be_closed_by_a_field_value():
    payload = {"name": '</script><script>alert("x")</script> & \u2028'}

    rendered = str(json_ld(payload))

    assert rendered.count("</script>") == 1
    body = rendered.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert json.loads(body) == payload
