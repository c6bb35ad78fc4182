"""SEARCH_URL as a list of nodes, with credentials and TLS: read the same way by our client and
by Wagtail's admin backend; a setting the clients cannot use is a start-up error
(search.E001) and a search that meets it falls back to the database, never a 500."""

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.test import Client

import pytest

from jobs.factories import JobIndexPageFactory, JobPostingPageFactory
from search import engine
from search.connection import ConfigurationError, engine_settings
from search.mapping import alias_name, build_alert_index, build_index
from tests.search.conftest import run_tasks

ROOT = Path(__file__).resolve().parents[2]


def _dead_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # closed again: nothing listens there


def test_a_list_of_nodes_is_read_with_credentials_from_the_urls(settings):
    settings.SEARCH_URL = "https://ops:s%40cret@node1:9200, https://ops:s%40cret@node2:9201"

    config = engine_settings(settings)

    assert config.nodes == ("https://node1:9200", "https://node2:9201")
    assert (config.username, config.password) == ("ops", "s@cret")
    assert config.uses_tls


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://node1", "needs its port"),
        ("node1:9200", "needs http:// or https://"),
        ("http://node1:92x0", "is not a URL"),
        ("http://node1:9200,", "empty node address"),
        ("http://node1:9200/prefix", "no path"),
        ("http://a:b@node1:9200,http://c:d@node2:9200", "different credentials"),
    ],
)
def test_an_address_the_clients_cannot_use_is_refused_with_its_reason(settings, url, reason):
    settings.SEARCH_URL = url

    with pytest.raises(ConfigurationError, match=reason):
        engine_settings(settings)


def test_a_missing_ca_bundle_and_unknown_engine_are_refused(settings, tmp_path):
    settings.SEARCH_URL = "https://node1:9200"
    settings.SEARCH_CA_CERTS = str(tmp_path / "absent.pem")
    with pytest.raises(ConfigurationError, match="not a readable file"):
        engine_settings(settings)

    settings.SEARCH_CA_CERTS = ""
    settings.SEARCH_ENGINE = "solr"
    with pytest.raises(ConfigurationError, match="SEARCH_ENGINE"):
        engine_settings(settings)


def test_a_bad_search_url_is_a_start_up_error(settings):
    settings.SEARCH_URL = "http://node1:9420,http:"

    with pytest.raises(SystemCheckError, match=r"search\.E001"):
        call_command("check")


def test_a_good_list_passes_the_start_up_check(settings):
    settings.SEARCH_URL = "http://node1:9200,http://node2:9200"

    call_command("check")  # raises SystemCheckError on an error


@pytest.mark.django_db
def test_a_search_with_an_unusable_search_url_answers_from_the_database(settings, organisation):
    settings.SEARCH_URL = ""
    posting = JobPostingPageFactory(
        parent=JobIndexPageFactory(parent=organisation), title="Koordynator / Koordynatorka"
    )
    posting.save_revision().publish()
    run_tasks()
    settings.SEARCH_URL = "http://node1:9420,http:"  # what opensearch-py once failed on: a 500

    response = Client().get("/api/search/", {"q": "koordynator"})

    assert response.status_code == 200
    assert response.json()["reduced_mode"] is True
    assert response.json()["total"] == 1
    with pytest.raises(engine.EngineUnavailable, match="cannot be used"):
        engine.client()


def test_shards_and_replicas_are_settings_of_both_indices(settings):
    settings.SEARCH_SHARDS, settings.SEARCH_REPLICAS = 3, 2
    settings.SEARCH_ALERT_SHARDS, settings.SEARCH_ALERT_REPLICAS = 2, 1

    network = build_index("siec_network_pl_1", "pl").to_dict()["settings"]
    alerts = build_alert_index("siec_alerts_pl", "pl").to_dict()["settings"]

    assert (network["number_of_shards"], network["number_of_replicas"]) == (3, 2)
    assert (alerts["number_of_shards"], alerts["number_of_replicas"]) == (2, 1)


def _wagtail_backend(**environment) -> dict:
    code = (
        "import json; from cms.settings import base; "
        "print(json.dumps(base.WAGTAILSEARCH_BACKENDS['default'], default=list))"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.base", **environment}
    output = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    )
    return json.loads(output.stdout)


def test_wagtails_admin_search_follows_the_engine_and_every_node():
    nodes = "https://node1:9200,https://node2:9200"

    opensearch = _wagtail_backend(SEARCH_URL=nodes, SEARCH_SHARDS="2")
    elasticsearch = _wagtail_backend(
        SEARCH_URL=nodes, SEARCH_ENGINE="elasticsearch", SEARCH_USERNAME="u", SEARCH_PASSWORD="p"
    )

    assert opensearch["BACKEND"] == "wagtail.search.backends.opensearch3"
    assert opensearch["URLS"] == ["https://node1:9200", "https://node2:9200"]
    assert opensearch["INDEX_SETTINGS"]["settings"]["index"]["number_of_shards"] == 2
    assert elasticsearch["BACKEND"] == "wagtail.search.backends.elasticsearch8"
    assert elasticsearch["OPTIONS"]["basic_auth"] == ["u", "p"]


@pytest.mark.django_db
def test_a_dead_node_first_in_the_list_is_skipped_and_the_engine_answers(
    search_engine, settings, organisation
):
    settings.SEARCH_TIMEOUT = 30  # a node on a busy two-core machine; the dead one refuses at once
    posting = JobPostingPageFactory(
        parent=JobIndexPageFactory(parent=organisation), title="Księgowy / Księgowa"
    )
    posting.save_revision().publish()
    run_tasks()
    engine.call("indices.refresh", index=alias_name("pl"))
    settings.SEARCH_URL = f"http://127.0.0.1:{_dead_port()},{search_engine['url']}"

    answers = [Client().get("/api/search/", {"q": "księgową"}).json() for _ in range(5)]

    assert [answer["reduced_mode"] for answer in answers] == [False] * 5
    assert all(answer["results"][0]["title"] == posting.title for answer in answers)
