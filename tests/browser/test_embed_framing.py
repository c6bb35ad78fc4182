"""The widget (pages.embed) inside an `<iframe>` on a member's website: a page served by a
second HTTP server on another port (another origin) frames it when that origin is listed on
the organisation's page, and Chromium refuses the frame when it is not."""

import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from pages.factories import ConferencePageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


class MemberSite(SimpleHTTPRequestHandler):
    """A member's page with the pasted snippet."""

    def __init__(self, *args, widget_url: str, **kwargs):
        self.widget_url = widget_url
        super().__init__(*args, **kwargs)

    def do_GET(self):
        body = (
            '<!DOCTYPE html><html lang="pl"><title>MIS</title><h1>Strona członka</h1>'
            f'<iframe src="{self.widget_url}" title="Oferty" width="600" height="400"></iframe>'
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def member_sites(live_server):
    """Two member websites on 127.0.0.1 (the live server is on localhost): their origins."""
    servers = [
        ThreadingHTTPServer(
            ("127.0.0.1", 0), partial(MemberSite, widget_url=f"{live_server.url}/embed/alfa/")
        )
        for _ in range(2)
    ]
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    yield [f"http://127.0.0.1:{server.server_address[1]}" for server in servers]
    for server in servers:
        server.shutdown()
        server.server_close()


def widget_text(page, origin: str) -> str:
    page.goto(origin + "/")
    page.wait_for_load_state("load")
    frame = page.frames[1]
    return frame.content()


def test_the_widget_shows_inside_a_listed_members_frame_and_is_refused_by_another(
    page, member_sites, organisation
):
    listed, unlisted = member_sites
    organisation.embed_origins = listed
    organisation.save_revision().publish()
    ConferencePageFactory(parent=organisation, title="Forum Alfa")

    framed = widget_text(page, listed)
    refused = widget_text(page, unlisted)

    assert "Forum Alfa" in framed
    assert "Forum Alfa" not in refused
