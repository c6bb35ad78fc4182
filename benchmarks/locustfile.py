"""Locust users for `make load-test` (benchmarks/load.py writes the scenario they read).

Visitors browse and search like people do, with a pause between pages, and now and then send a
form; each comes from its own address (the X-Forwarded-For hop our proxy would append), so only
a real flood meets the rate limit. One flooder posts the registration form as fast as it can
from one address and must be answered 429 once past the limit.
"""

import json
import os
import random
import re
import uuid
from collections import Counter

from locust import HttpUser, between, constant, events, task

SCENARIO = json.loads(open(os.environ["LOAD_SCENARIO"]).read())  # noqa: SIM115
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"

page_times: dict[str, list[float]] = {}
statuses: Counter = Counter()


@events.request.add_listener
def record(request_type, name, response_time, response, exception, **_kwargs):
    status = getattr(response, "status_code", 0) or 0
    statuses[f"{request_type} {status // 100}xx" if status else f"{request_type} error"] += 1
    if status == 429:
        statuses[f"429 {name}"] += 1
    if request_type == "GET":
        page_times.setdefault(name, []).append(response_time)


@events.quitting.add_listener
def save(environment, **_kwargs):
    with open(os.environ["LOAD_RESULTS"], "w") as results:
        json.dump({"page_times": page_times, "statuses": statuses}, results)


class Visitor(HttpUser):
    wait_time = between(1, 3)
    weight = 49

    def on_start(self):
        octets = (random.randrange(256), random.randrange(256), random.randrange(1, 255))
        self.client.headers["X-Forwarded-For"] = "10.{}.{}.{}".format(*octets)
        self.language = random.choice(["pl", "pl", "pl", "en"])
        self.urls = SCENARIO["pages"][self.language]

    def get(self, key: str, name: str | None = None, url: str | None = None):
        self.client.get(url or self.urls[key], name=name or key)

    @task(4)
    def home(self):
        self.get("home")

    @task(4)
    def job_board(self):
        self.get("job_board")

    @task(2)
    def job_board_filtered(self):
        self.get("job_board_filtered")

    @task(4)
    def job_posting(self):
        self.get("job_posting", url=random.choice(self.urls["job_postings"]))

    @task(3)
    def volunteer_board(self):
        self.get("volunteer_board")

    @task(3)
    def volunteer_offer(self):
        self.get("volunteer_offer", url=random.choice(self.urls["volunteer_offers"]))

    @task(2)
    def organisation(self):
        self.get("organisation", url=random.choice(self.urls["organisations"]))

    @task(1)
    def listings(self):
        self.get("listing", url=random.choice(self.urls["listings"]))

    @task(3)
    def search(self):
        query = random.choice(SCENARIO["queries"])
        self.get("search", url=f"{self.urls['search']}?q={query}")

    def post_form(self, form: dict, name: str, *, files: dict | None = None):
        page = self.client.get(form["page"], name=f"{name} (form)")
        token = CSRF.search(page.text)
        data = dict(
            form["data"],
            email=f"load-{uuid.uuid4().hex[:12]}@example.org",
            csrfmiddlewaretoken=token.group(1) if token else "",
        )
        with self.client.post(
            form["url"],
            data=data,
            files=files,
            name=name,
            catch_response=True,
            headers={"Referer": self.client.base_url + form["page"]},
            allow_redirects=False,
        ) as response:
            if response.status_code not in (200, 302, 303):
                response.failure(f"{name}: {response.status_code}")

    @task(1)
    def apply_for_a_job(self):
        self.post_form(
            SCENARIO["forms"]["job_application"],
            "POST job application",
            files={"cv": ("cv.pdf", PDF, "application/pdf")},
        )

    @task(1)
    def register_as_volunteer(self):
        self.post_form(SCENARIO["forms"]["volunteer_registration"], "POST volunteer registration")

    @task(1)
    def register_for_a_conference(self):
        self.post_form(SCENARIO["forms"]["conference_registration"], "POST conference registration")

    @task(1)
    def save_a_search(self):
        self.post_form(SCENARIO["forms"]["saved_search"], "POST saved search")


class Flooder(HttpUser):
    """A bot hammering the registration form from one address."""

    wait_time = constant(0.2)
    fixed_count = 1

    def on_start(self):
        self.client.headers["X-Forwarded-For"] = "192.0.2.66"
        self.form = SCENARIO["forms"]["volunteer_registration"]
        page = self.client.get(self.form["page"], name="flood (form)")
        self.token = CSRF.search(page.text).group(1)

    @task
    def flood(self):
        data = dict(
            self.form["data"],
            email=f"flood-{uuid.uuid4().hex[:8]}@example.org",
            csrfmiddlewaretoken=self.token,
        )
        with self.client.post(
            self.form["url"],
            data=data,
            name="POST flood",
            catch_response=True,
            allow_redirects=False,
            headers={"Referer": self.client.base_url + self.form["page"]},
        ) as response:
            # Before the limit the form answers as usual; after it, 429 is the right answer.
            if response.status_code in (200, 302, 400, 403, 429):
                response.success()
