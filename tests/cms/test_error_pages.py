"""The site-wide error handler: a lost database is a temporary 503, anything else a 500."""

from django.db import InterfaceError, OperationalError
from django.test import RequestFactory

import pytest

from cms.views import server_error


def handle(error: Exception):
    request = RequestFactory().get("/")
    try:
        raise error
    except Exception:
        return server_error(request)


@pytest.mark.parametrize(
    "error",
    [OperationalError("connection refused"), InterfaceError("connection already closed")],
)
def test_a_lost_database_is_a_503_that_says_to_send_the_form_again(error):
    response = handle(error)

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    page = response.content.decode()
    assert '<html lang="pl">' in page
    assert '<div lang="en">' in page
    assert "mógł nie zostać zapisany" in page


def test_any_other_error_stays_a_500():
    assert handle(ValueError("a bug")).status_code == 500
