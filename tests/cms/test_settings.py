import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": "x7#kq2!mZ9v$Lr4@Tn8pW1e^Yb6&Hc3*Jd5(Fg0)Sa-Ux+Vo=Qi~Rl%Ct_Ey9Nw",
    "ALLOWED_HOSTS": "siec.example.org",
    "DATABASE_URL": "sqlite:////tmp/siec-deploy-check.sqlite3",
    "EMAIL_HOST": "smtp.example.org",
    "SECURE_PROXY": "true",
    "CACHE_URL": "redis://cache.example.org:6379/0",
    "SITE_URL": "https://siec.example.org",
}


def run_manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={"PATH": os.environ["PATH"], **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deploy_check_without_silencing_anything():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues (0 silenced)" in result.stdout


def test_production_settings_refuse_to_start_without_a_secret_key():
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != "SECRET_KEY"}

    result = run_manage("check", env=env)

    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_settings_refuse_to_start_without_a_site_url():
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != "SITE_URL"}

    result = run_manage("check", env=env)

    assert result.returncode != 0
    assert "SITE_URL" in result.stderr


def test_base_settings_are_safe_without_any_environment():
    code = (
        "from cms.settings import base as b; "
        "print(b.DEBUG, b.SESSION_COOKIE_SECURE, b.CSRF_COOKIE_SECURE, b.SECURE_SSL_REDIRECT, "
        "b.SECRET_KEY == '', b.WAGTAILSEARCH_BACKENDS['default']['BACKEND'])"
    )

    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={"PATH": os.environ["PATH"]},
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.stdout.split() == [
        "False",
        "True",
        "True",
        "True",
        "True",
        "wagtail.search.backends.database",
    ]
