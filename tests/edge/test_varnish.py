"""The real edge: Varnish with the production VCL in front of gunicorn with the production
settings on PostgreSQL. A published posting is on the board and at its own address within a
second; an unpublished or deleted one leaves both as fast; a page with a form or a signed-in
visitor's page is never answered from the edge, and only our own hosts may purge."""

import http.client
import json
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from benchmarks.edge_stack import wait_for

VISIBLE_WITHIN = 1.0  # seconds from the publish's commit, as issue 21 asks
RENDERED_WITHIN = 3.0  # and the page that shows it fully received

PUBLISH = """
import json, time
from django.utils import timezone
from jobs.models import JobBoardPage, JobPostingPage
source = (JobPostingPage.objects.live().filter(locale__language_code="pl",
          deadline_date__gte=timezone.localdate()).order_by("pk").first())
page = source.copy(keep_live=False, update_attrs={{
    "title": "{title}", "slug": "{slug}", "live": False, "first_published_at": None}})
page.save_revision().publish()
board = JobBoardPage.objects.live().filter(locale__language_code="pl").first()
print(json.dumps({{"at": time.time(), "id": page.pk, "url": page.get_url(),
                  "board": board.get_url()}}), flush=True)
"""
CHANGE = """
import json, time
from wagtail.models import Page
page = Page.objects.get(pk={id}).specific
page.{action}()
print(json.dumps({{"at": time.time()}}), flush=True)
"""


def get(url: str, *, headers: dict | None = None) -> tuple[int, dict, str]:
    request = urllib.request.Request(url, headers=headers or {})  # noqa: S310 - loopback
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


def first_line(edge, code: str) -> dict:
    """What the code prints once committed, as soon as it prints it: the shell's own exit
    (seconds on a busy machine) is not part of the time to the edge."""
    process = edge.start(code)
    for line in process.stdout:
        if line.startswith("{"):
            process.stdout.close()  # it prints nothing more; it exits while the test goes on
            return json.loads(line)
    raise AssertionError(f"the shell printed no result (exit {process.wait(timeout=120)})")


def publish(edge, title: str, slug: str) -> dict:
    return first_line(edge, PUBLISH.format(title=title, slug=slug))


def change(edge, page_id: int, action: str) -> float:
    return first_line(edge, CHANGE.format(id=page_id, action=action))["at"]


def first_seen(moment: float, checks: dict, *, timeout: float = 10) -> dict:
    """For each check, polled in its own thread: (seconds from `moment` to sending the first
    request whose answer passed, seconds to that answer), or None. The first is when the edge
    started serving the change; the rest is gunicorn rendering the page, which on the shared
    build machine alone took 0.8 s."""

    def poll(check):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            sent = time.time()
            if check():
                return sent - moment, time.time() - moment
            time.sleep(0.02)
        return None

    with ThreadPoolExecutor(max_workers=len(checks)) as pool:
        futures = {name: pool.submit(poll, check) for name, check in checks.items()}
    return {name: future.result() for name, future in futures.items()}


def in_time(delays: dict) -> bool:
    return all(
        delay is not None and delay[0] < VISIBLE_WITHIN and delay[1] < RENDERED_WITHIN
        for delay in delays.values()
    )


def test_the_board_is_answered_from_the_edge_once_fetched(edge):
    get(edge.edge + "/praca/")

    status, headers, _ = get(edge.edge + "/praca/")

    assert status == 200
    assert headers["X-Cache"] == "HIT"
    assert "s-maxage=300" in headers["Cache-Control"]


def test_a_published_posting_is_on_the_board_and_at_its_url_within_a_second(edge):
    get(edge.edge + "/praca/")
    get(edge.edge + "/praca/?sort=newest")
    title = "Koordynatorka krawędzi 1"

    published = publish(edge, title, "koordynatorka-krawedzi-1")

    board, filtered, own = (
        edge.edge + published["board"],
        edge.edge + published["board"] + "?sort=newest",
        edge.edge + published["url"],
    )
    delays = first_seen(
        published["at"],
        {url: lambda url=url: title in get(url)[2] for url in (board, filtered, own)},
    )
    assert in_time(delays), delays
    assert get(board)[1]["X-Cache"] == "HIT"


def test_an_unpublished_and_a_deleted_posting_leave_the_edge_within_a_second(edge):
    first = publish(edge, "Do wycofania z krawędzi", "do-wycofania")
    second = publish(edge, "Do usunięcia z krawędzi", "do-usuniecia")
    board = edge.edge + first["board"]
    wait_for(lambda: "Do usunięcia z krawędzi" in get(board)[2], timeout=10)
    assert get(board)[1]["X-Cache"] == "HIT"

    unpublished_at = change(edge, first["id"], "unpublish")
    unpublished = first_seen(
        unpublished_at,
        {
            "board": lambda: "Do wycofania z krawędzi" not in get(board)[2],
            "page": lambda: get(edge.edge + first["url"])[0] == 404,
        },
    )
    deleted_at = change(edge, second["id"], "delete")
    deleted = first_seen(
        deleted_at,
        {
            "board": lambda: "Do usunięcia z krawędzi" not in get(board)[2],
            "page": lambda: get(edge.edge + second["url"])[0] == 404,
        },
    )

    assert in_time(unpublished), unpublished
    assert in_time(deleted), deleted


def test_a_page_with_a_form_is_never_answered_from_the_edge(edge):
    url = edge.edge + "/wolontariusz/rejestracja/"

    answers = [get(url) for _ in range(3)]

    assert [status for status, _, _ in answers] == [200, 200, 200]
    assert {headers["X-Cache"] for _, headers, _ in answers} <= {"MISS", "UNCACHEABLE"}
    assert all("private" in headers["Cache-Control"] for _, headers, _ in answers)
    assert all(headers.get("Age", "0") == "0" for _, headers, _ in answers)


def test_a_signed_in_editors_pages_are_neither_shared_nor_kept(edge):
    session = (
        edge.django(
            "from django.contrib.auth import get_user_model\n"
            "from django.test import Client\n"
            "user, _ = get_user_model().objects.get_or_create(username='edge-editor', "
            "defaults={'is_superuser': True, 'is_staff': True})\n"
            "client = Client()\n"
            "client.force_login(user)\n"
            "print(client.cookies['sessionid'].value)"
        )
        .strip()
        .splitlines()[-1]
    )
    get(edge.edge + "/")

    _, signed_in, body = get(edge.edge + "/", headers={"Cookie": f"sessionid={session}"})
    _, anonymous, anonymous_body = get(edge.edge + "/")

    assert signed_in["X-Cache"] == "PASS"
    assert "private" in signed_in["Cache-Control"]
    assert "wagtail-userbar" in body
    assert anonymous["X-Cache"] == "HIT"
    assert "wagtail-userbar" not in anonymous_body


def test_analytics_cookies_do_not_keep_a_visitor_from_the_cache(edge):
    get(edge.edge + "/")

    _, headers, _ = get(edge.edge + "/", headers={"Cookie": "_ga=GA1.1.1; _pk_id.1=abc"})

    assert headers["X-Cache"] == "HIT"


@pytest.mark.parametrize("source, expected", [("127.0.0.1", 200), ("127.0.0.2", 405)])
def test_only_the_purgers_acl_may_purge(edge, source, expected):
    host, port = edge.edge.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), source_address=(source, 0))

    connection.request("PURGE", "/praca/", headers={"Host": edge.edge.removeprefix("http://")})
    status = connection.getresponse().status
    connection.close()

    assert status == expected
