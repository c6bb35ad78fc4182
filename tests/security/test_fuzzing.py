"""Hypothesis over every public form: whatever a visitor or a bot sends, the answer is a page
(2xx, 3xx or a 4xx with the form's errors), never a server error; and no single value, however
long, makes cleaning slow."""

import time

from django.test import Client

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pages.abuse import HONEYPOT_NAME
from tests.security.form_names import FORM_NAMES

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "</script><script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "' OR 1=1 --",
    "a@b.c\r\nBcc: ofiara@example.org",
    "\u202egnp.exe",
    "\u0000\u0001\u001b[31m",
    "ﬀ𝕒𝖇ℭ \u200b\u200d",
    "x" * 10_000,
    "ą" * 10_000,
    "1e999",
    "-1",
    "9" * 400,
    "",
]
# Text a browser can send: any code point except surrogates, plus the hostile list above.
hostile_text = st.one_of(
    st.text(st.characters(exclude_categories=["Cs"]), max_size=300),
    st.sampled_from(PAYLOADS),
)
hostile_value = st.one_of(hostile_text, st.lists(hostile_text, max_size=4))

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _no_nul(value):
    # The test client (like a real server's parser) cannot carry NUL in a multipart body.
    if isinstance(value, list):
        return [_no_nul(item) for item in value]
    return value.replace("\x00", "")


@pytest.mark.parametrize("name", FORM_NAMES)
def test_public_forms_never_answer_with_a_server_error(public_forms, name):
    form = public_forms[name]
    client = Client(raise_request_exception=False)
    form.prepare(client)
    field_names = [*form.valid(), HONEYPOT_NAME, "offer", "page"]

    @FUZZ
    @given(
        changes=st.dictionaries(st.sampled_from(field_names), hostile_value, max_size=6),
        keep_valid=st.booleans(),
    )
    def post(changes, keep_valid):
        data = form.valid() if keep_valid else {}
        data.update({key: _no_nul(value) for key, value in changes.items()})
        response = client.post(form.url, data)
        assert response.status_code < 500, (changes, response.status_code)

    post()


@pytest.mark.parametrize(
    "path", ["/praca/", "/wolontariat/", "/szukaj/", "/organizacje/", "/programy/", "/wydarzenia/"]
)
def test_public_filters_never_answer_with_a_server_error(public_forms, path):
    client = Client(raise_request_exception=False)
    names = ["q", "category", "organisation", "city", "radius", "page", "sort", "kind", "tag"]
    names += ["min_salary", "posted_within", "from_date", "to_date", "when", "status", "cause"]

    @FUZZ
    @given(query=st.dictionaries(st.sampled_from(names), hostile_text, max_size=5))
    def get(query):
        response = client.get(path, {key: _no_nul(value) for key, value in query.items()})
        assert response.status_code < 500, (query, response.status_code)

    get()


@pytest.mark.parametrize("name", FORM_NAMES)
def test_a_ten_thousand_character_value_cleans_in_under_50_ms(public_forms, name):
    """The bound guards against validation that goes quadratic or worse on long input (a
    backtracking pattern, a parser); a normal clean takes about a millisecond."""
    form = public_forms[name]
    slowest = {}
    for field in [*form.valid(), HONEYPOT_NAME]:
        if field == "cv":
            continue
        for value in ("x" * 10_000, "ą@" * 5_000, "1" * 10_000, "a." * 5_000):
            timings = []
            for _ in range(3):  # the best of three: the clean itself, not a GC pause
                bound = form.build(form.valid() | {field: value})
                started = time.perf_counter()
                bound.is_valid()
                timings.append(time.perf_counter() - started)
            slowest[field] = max(slowest.get(field, 0), min(timings))
    assert max(slowest.values()) < 0.05, {k: f"{v * 1000:.1f} ms" for k, v in slowest.items()}
