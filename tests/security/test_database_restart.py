"""PostgreSQL stopped and started again while visitors keep coming (a restart for a minor
upgrade, a failover): pages answer 503 with Retry-After while it is away, never 500; from the
moment it accepts connections again every request succeeds (stale persistent connections are
health-checked and replaced); and every form the site accepted is in the database.

The site runs as production runs it (gunicorn, `cms.settings.production`, the database cache
holding rate limits and the content version) on a PostgreSQL server of the test's own."""

import http.cookiejar
import itertools
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from django.urls import reverse
from django.utils import translation

import psycopg
import pytest

from benchmarks.postgres import ThrowawayCluster, manage
from benchmarks.serving import production_server

VISITORS = 6
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@dataclass(frozen=True)
class Answer:
    method: str
    url: str
    started: float
    finished: float
    status: int
    headers: dict
    body: str
    email: str = ""


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.fixture(scope="module")
def restartable_site(tmp_path_factory):
    media_root = tmp_path_factory.mktemp("restart-media")
    cluster = ThrowawayCluster()
    try:
        cluster.start()
        manage("migrate", "--noinput", database_url=cluster.url, media_root=media_root)
        manage("load_demo_network", database_url=cluster.url, media_root=media_root)
        with production_server(
            database_url=cluster.url,
            media_root=media_root,
            workers=2,
            threads=2,
            # Each submission comes from an address of its own, so no rate limit interferes.
            extra_env={"SECURE_PROXY": "true", "TRUSTED_PROXIES": "127.0.0.1"},
        ) as base_url:
            yield cluster, base_url, media_root
    finally:
        cluster.remove()


class Visitor(threading.Thread):
    """Browses and registers as a volunteer in a loop until told to stop."""

    def __init__(self, number: int, base_url: str, pages: list[str], stop: threading.Event):
        super().__init__(daemon=True)
        self.number, self.base_url, self.pages, self.stop = number, base_url, pages, stop
        self.answers: list[Answer] = []
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirects
        )
        with translation.override("pl"):
            self.register_url = reverse("volunteering:register")

    def request(self, url: str, *, data: dict | None = None, email: str = "", address: str):
        # Always our own loopback server over http.
        request = urllib.request.Request(  # noqa: S310
            self.base_url + url,
            data=urllib.parse.urlencode(data, doseq=True).encode() if data else None,
            headers={"X-Forwarded-For": address},
        )
        started = time.monotonic()
        try:
            with self.opener.open(request, timeout=30) as response:
                status, headers, body = response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            status, headers, body = error.code, dict(error.headers), error.read()
        answer = Answer(
            "POST" if data else "GET",
            url,
            started,
            time.monotonic(),
            status,
            headers,
            body.decode(errors="replace"),
            email,
        )
        self.answers.append(answer)
        return answer

    def run(self):
        for step in itertools.count():
            if self.stop.is_set():
                return
            address = f"10.{self.number}.{step // 250}.{step % 250}"
            if step % 3:
                self.request(self.pages[step % len(self.pages)], address=address)
                continue
            form = self.request(self.register_url, address=address)
            token = CSRF.search(form.body)
            if form.status != 200 or not token:
                continue
            email = f"restart-{self.number}-{step}@example.org"
            self.request(
                self.register_url,
                data={
                    "csrfmiddlewaretoken": token.group(1),
                    "name": f"Ponowny Start {self.number}-{step}",
                    "email": email,
                    "place_name": "Kraków",
                    "travel_km": "10",
                    "availability": "mon-morning",
                    "languages": "pl",
                    "age_bracket": "30-49",
                    "consent": "on",
                },
                email=email,
                address=address,
            )


def test_a_database_restart_under_load_costs_no_500_and_no_accepted_submission(
    restartable_site,
):
    cluster, base_url, media_root = restartable_site
    with translation.override("pl"):
        search = reverse("network_search") + "?q=" + urllib.parse.quote("księgowa")
    pages = ["/", "/en/", "/praca/", "/en/jobs/", search]
    stop = threading.Event()
    visitors = [Visitor(number, base_url, pages, stop) for number in range(VISITORS)]
    for visitor in visitors:
        visitor.start()
    time.sleep(3)
    went_down = time.monotonic()
    cluster.stop(mode="fast")
    time.sleep(2)
    cluster.start()
    came_back = time.monotonic()
    time.sleep(4)
    stop.set()
    for visitor in visitors:
        visitor.join(timeout=60)
    answers = [answer for visitor in visitors for answer in visitor.answers]

    def described(selection):
        return [(a.method, a.url, a.status, round(a.started - went_down, 2)) for a in selection]

    assert described(a for a in answers if a.status >= 500 and a.status != 503) == []
    before = [a for a in answers if a.finished < went_down]
    after = [a for a in answers if a.started > came_back]
    assert before and after
    assert described(a for a in before + after if a.status >= 400) == []

    unavailable = [a for a in answers if a.status == 503]
    assert unavailable, "no request reached the site while the database was down"
    for answer in unavailable:
        assert answer.headers["Retry-After"] == "30"
        assert "mógł nie zostać zapisany" in answer.body
        assert "may not have been saved" in answer.body
    posted_while_down = [a for a in unavailable if a.method == "POST"]

    # An accepted registration redirects (303) to its "check your e-mail" page; a refused
    # one answers 400.
    accepted = {a.email for a in answers if a.method == "POST" and a.status == 303}
    assert len(accepted) > 10
    # An accepted registration is a queued task (the worker saves it, as for every form
    # that takes an address); the worker finds every one of them.
    manage(
        "db_worker",
        "--batch",
        "--no-startup-delay",
        database_url=cluster.url,
        media_root=media_root,
    )
    with psycopg.connect(cluster.url) as connection:
        stored = {
            row[0]
            for row in connection.execute(
                "SELECT email FROM volunteering_volunteer WHERE email LIKE 'restart-%%'"
            )
        }
    assert accepted - stored == set()
    print(
        f"\n{len(answers)} requests: {len(before)} before the stop, {len(unavailable)} answered "
        f"503 while the database was away ({len(posted_while_down)} of them form posts), "
        f"{len(after)} after it came back; {len(accepted)} registrations accepted, "
        f"all {len(accepted & stored)} stored"
    )


def test_connections_left_idle_across_a_restart_are_replaced_not_failed(restartable_site):
    # At night nobody visits while the database restarts; each worker thread keeps its old
    # connection, and the first visitor after must not be the one who finds it dead.
    cluster, base_url, _media_root = restartable_site
    pages = ["/", "/en/", "/praca/", "/en/jobs/"] * 4

    def fetch_all() -> list[int]:
        visitor = Visitor(0, base_url, pages, threading.Event())
        threads = [
            threading.Thread(target=visitor.request, args=(url,), kwargs={"address": "10.9.9.9"})
            for url in pages
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        return sorted(answer.status for answer in visitor.answers)

    assert set(fetch_all()) == {200}
    cluster.stop(mode="fast")
    cluster.start()
    assert set(fetch_all()) == {200}
