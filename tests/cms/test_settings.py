import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": "x7#kq2!mZ9v$Lr4@Tn8pW1e^Yb6&Hc3*Jd5(Fg0)Sa-Ux+Vo=Qi~Rl%Ct_Ey9Nw",
    "ALLOWED_HOSTS": "siec.example.org",
    "DATABASE_URL": "sqlite:////tmp/siec-deploy-check.sqlite3",
    "EMAIL_HOST": "smtp.example.org",
    "SECURE_PROXY": "true",
    "TRUSTED_PROXIES": "10.0.0.5,10.1.0.0/16",
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


def test_the_deploy_check_fails_when_several_workers_would_each_keep_their_own_cache():
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != "CACHE_URL"}

    several = run_manage("check", "--deploy", env=env | {"WEB_CONCURRENCY": "5"})
    one = run_manage("check", "--deploy", env=env | {"WEB_CONCURRENCY": "1"})

    assert several.returncode != 0
    assert "siec.E001" in several.stderr + several.stdout
    assert one.returncode == 0, one.stdout + one.stderr
    assert "siec.W001" in one.stderr + one.stdout


@pytest.mark.parametrize(
    ("environ", "workers"),
    [
        ({}, 1),
        ({"WEB_CONCURRENCY": "3"}, 3),
        ({"GUNICORN_CMD_ARGS": "--bind 127.0.0.1:8000 --workers 4"}, 4),
        ({"GUNICORN_CMD_ARGS": "--workers=6", "WEB_CONCURRENCY": "1"}, 6),
        ({"GUNICORN_CMD_ARGS": "-w 2 --timeout 30"}, 2),
        ({"GUNICORN_CMD_ARGS": "-w8"}, 8),
        ({"WEB_CONCURRENCY": "many"}, 2),
    ],
)
def test_the_check_reads_the_worker_count_as_gunicorn_would(environ, workers):
    from pages.checks import gunicorn_workers

    assert gunicorn_workers(environ) == workers


def test_a_proxy_without_trusted_addresses_and_a_bad_address_are_reported(settings):
    from pages.checks import proxy_without_trusted_addresses, trusted_proxies

    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.TRUSTED_PROXIES = []
    assert [w.id for w in proxy_without_trusted_addresses(None)] == ["siec.W002"]

    settings.TRUSTED_PROXIES = ["10.0.0.5", "proxy.example.org"]
    assert proxy_without_trusted_addresses(None) == []
    assert [e.id for e in trusted_proxies(None)] == ["siec.E002"]
