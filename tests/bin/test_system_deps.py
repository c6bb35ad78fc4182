"""bin/system-deps asks apt only for what is missing, one package per missing tool, and never
for a package apt says would remove or conflict with what the machine has."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.tooling import missing

SCRIPT = Path(__file__).resolve().parents[2] / "bin" / "system-deps"
FAKE_APT = """#!/bin/sh
echo "$@" >> "$APT_LOG"
if [ "$1" = "install" ] && [ "$2" = "-s" ] && [ -n "$APT_REMOVES" ]; then
  for package in "$@"; do
    [ "$package" = "$APT_REMOVES_FOR" ] && echo "Remv $APT_REMOVES [1.0]"
  done
fi
exit 0
"""


def path_without(tmp_path: Path, *hidden: str) -> str:
    """A folder of links to every command on PATH but the hidden ones, and a fake apt-get."""
    folder = tmp_path / "bin"
    folder.mkdir()
    for directory in os.environ["PATH"].split(os.pathsep):
        if not os.path.isdir(directory):
            continue
        for name in os.listdir(directory):
            target = Path(directory) / name
            link = folder / name
            if name in hidden or link.exists() or not os.access(target, os.X_OK):
                continue
            link.symlink_to(target)
    (folder / "apt-get").unlink(missing_ok=True)
    (folder / "apt-get").write_text(FAKE_APT)
    (folder / "apt-get").chmod(0o755)
    return str(folder)


def run(tmp_path, *args, hidden=(), env=None):
    log = tmp_path / "apt.log"
    environment = {
        **os.environ,
        "PATH": path_without(tmp_path, *hidden),
        "APT_LOG": str(log),
        **(env or {}),
    }
    result = subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    calls = log.read_text().splitlines() if log.exists() else []
    return result, calls


@pytest.fixture(autouse=True)
def _everything_installed():
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        missing(f"bin/system-deps has not installed everything here yet:\n{result.stdout}")
    if os.geteuid() != 0:
        missing("bin/system-deps installs as root; this test runs it as root")
    if not shutil.which("chromium"):
        missing("Chromium is not installed")


def installs(calls):
    return [call.split() for call in calls if call.startswith("install -y")]


def test_with_chromium_hidden_it_asks_apt_for_chromium_alone(tmp_path):
    result, calls = run(tmp_path, hidden=("chromium",))

    assert result.returncode == 0, result.stderr
    assert installs(calls) == [["install", "-y", "-qq", "chromium"]]
    assert "installed chromium" in result.stdout


def test_with_varnish_hidden_it_asks_apt_for_varnish_alone(tmp_path):
    result, calls = run(tmp_path, hidden=("varnishd",))

    assert result.returncode == 0, result.stderr
    assert installs(calls) == [["install", "-y", "-qq", "varnish"]]
    assert "missing Varnish" in result.stdout


def test_check_mode_names_varnish_when_varnishd_is_missing(tmp_path):
    result, calls = run(tmp_path, "--check", hidden=("varnishd",))

    assert result.returncode == 1
    assert "would install varnish" in result.stdout
    assert calls == []


def test_check_mode_prints_the_package_and_installs_nothing(tmp_path):
    result, calls = run(tmp_path, "--check", hidden=("chromium",))

    assert result.returncode == 1
    assert "would install chromium" in result.stdout
    assert calls == []


def test_npm_beside_an_installed_node_is_never_asked_of_apt(tmp_path):
    result, calls = run(tmp_path, hidden=("chromium", "npm"))

    assert installs(calls) == [["install", "-y", "-qq", "chromium"]]
    assert "npm is missing beside an installed Node.js" in result.stderr


def test_a_package_that_would_remove_something_is_not_installed(tmp_path):
    env = {"APT_REMOVES": "nodejs", "APT_REMOVES_FOR": "maven"}

    result, calls = run(tmp_path, hidden=("chromium", "mvn"), env=env)

    assert installs(calls) == [["install", "-y", "-qq", "chromium"]]
    assert "not installing maven: it would remove nodejs" in result.stderr
    assert result.returncode == 1


def test_nothing_missing_means_apt_is_not_called(tmp_path):
    result, calls = run(tmp_path)

    assert result.returncode == 0
    assert "everything is installed" in result.stdout
    assert calls == []
