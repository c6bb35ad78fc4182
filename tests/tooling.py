import os

import pytest


def missing(message: str):
    """Something the suite needs is not installed: a failure in CI, where `make test` must
    have installed it, and a loud skip on a developer's machine."""
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(f"*** SKIPPED LOUDLY: {message} ***")
