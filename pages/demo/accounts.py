"""Accounts for the demo site. Passwords come from the environment or are generated once and
kept in var/demo-credentials.json (git-ignored) so `make run` can print them every time."""

import json
import os
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model


def _credentials_file() -> Path:
    # The tests keep theirs apart, so they never overwrite the links `make run` prints.
    default = Path(settings.BASE_DIR) / "var" / "demo-credentials.json"
    return Path(getattr(settings, "SIEC_DEMO_CREDENTIALS_FILE", default))


def _stored() -> dict:
    path = _credentials_file()
    return json.loads(path.read_text()) if path.exists() else {}


def _store(data: dict) -> None:
    path = _credentials_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False))
    path.chmod(0o600)


def store_value(key: str, value: str) -> None:
    """Keep a demo value (a plugin's demo link, say) for `make run` to print."""
    stored = _stored()
    stored[key] = value
    _store(stored)


def stored_links() -> dict[str, str]:
    return {key: value for key, value in _stored().items() if key.endswith("_url")}


def ensure_account(
    *, username: str, email: str, superuser: bool = False, password: str = "", groups=()
) -> tuple[str, str]:
    """Create the account if missing; return (username, password or a note)."""
    User = get_user_model()
    stored = _stored()
    user = User.objects.filter(username=username).first()
    if user is None:
        password = password or secrets.token_urlsafe(12)
        if superuser:
            user = User.objects.create_superuser(username=username, email=email, password=password)
        else:
            user = User.objects.create_user(username=username, email=email, password=password)
        stored[username] = password
        _store(stored)
    elif password:
        user.set_password(password)
        user.save(update_fields=["password"])
        stored[username] = password
        _store(stored)
    for group in groups:
        user.groups.add(group)
    return username, stored.get(username, "(set earlier; unchanged)")


def ensure_admin() -> tuple[str, str]:
    return ensure_account(
        username=os.environ.get("ADMIN_USERNAME", "admin"),
        email=os.environ.get("ADMIN_EMAIL", "admin@siec.localhost"),
        password=os.environ.get("ADMIN_PASSWORD", ""),
        superuser=True,
    )
