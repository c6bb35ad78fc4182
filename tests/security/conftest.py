"""Every public form of every plugin, as one list, for the abuse, fuzzing and accessibility
tests: where it is posted, a valid submission, and how many rows a submission stores."""

import dataclasses
from collections.abc import Callable

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

import pytest
from django_tasks_db.models import DBTaskResult

from benchmarks.serving import free_port
from jobs.application_form import JobApplicationForm
from jobs.factories import (
    JobBoardPageFactory,
    JobCategoryFactory,
    JobIndexPageFactory,
    JobPostingPageFactory,
)
from jobs.models import JobApplication
from pages.factories import ConferencePageFactory, join_form_data
from pages.joining.forms import JoinForm
from pages.models import ConferenceRegistration, MembershipApplication
from pages.registration_form import ConferenceRegistrationForm
from search.forms import SavedSearchForm
from search.models import SavedSearch
from volunteering import tokens
from volunteering.factories import (
    CauseFactory,
    SkillFactory,
    VolunteerFactory,
    VolunteerIndexPageFactory,
    VolunteerOfferPageFactory,
    registration_form_data,
)
from volunteering.forms import ManageLinkForm, RegistrationForm
from volunteering.interest_form import InterestForm
from volunteering.models import Interest, Volunteer

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@dataclasses.dataclass
class PublicForm:
    name: str
    url: str
    valid: Callable[[], dict]
    stored: Callable[[], int]
    build: Callable[[dict], object]  # the bound form, as its view builds it
    prepare: Callable = lambda client: None  # e.g. a volunteer's session

    def post(self, client, changes: dict | None = None, **request_extra):
        return client.post(self.url, self.valid() | (changes or {}), **request_extra)


def _application_data() -> dict:
    return {
        "name": "Zofia Wójcik-Łęcka",
        "email": "zofia@example.org",
        "phone": "+48 600 100 200",
        "cover_letter": "Dzień dobry, chętnie dołączę do zespołu.",
        "consent": "on",
        "cv": SimpleUploadedFile("cv.pdf", PDF, content_type="application/pdf"),
    }


@pytest.fixture
def public_forms(home, organisation, settings, monkeypatch) -> dict[str, PublicForm]:
    settings.SEARCH_URL = ""
    # Notifications are sent after the commit; in a test transaction, at once.
    monkeypatch.setattr("django.db.transaction.on_commit", lambda func, *a, **k: func())
    JobBoardPageFactory(parent=home)
    category = JobCategoryFactory(name="Księgowość", slug="ksiegowosc")
    posting = JobPostingPageFactory(
        parent=JobIndexPageFactory(parent=organisation), category=category
    )
    skill = SkillFactory(name="Oprowadzanie", slug="oprowadzanie")
    cause = CauseFactory(name="Dziedzictwo", slug="dziedzictwo")
    offer = VolunteerOfferPageFactory(
        parent=VolunteerIndexPageFactory(parent=organisation),
        terms__causes=[cause],
        terms__required_skills=[skill],
    )
    conference = ConferencePageFactory(parent=organisation, with_form=True)
    volunteer = VolunteerFactory(email="wolontariuszka@example.org")

    def signed_in(client):
        client.post(
            reverse("volunteering:enter", args=[tokens.make_token(volunteer, tokens.MANAGE)])
        )

    forms = [
        PublicForm(
            "job-application",
            posting.url + "aplikuj/",
            _application_data,
            JobApplication.objects.count,
            lambda data: JobApplicationForm(
                {k: v for k, v in data.items() if k != "cv"},
                {"cv": data["cv"]} if "cv" in data else {},
            ),
        ),
        PublicForm(
            "volunteer-registration",
            reverse("volunteering:register"),
            registration_form_data,
            Volunteer.objects.filter(email="lukasz@example.org").count,
            RegistrationForm,
        ),
        PublicForm(
            "volunteer-link",
            reverse("volunteering:request_link"),
            lambda: {"email": "ktos@example.org"},
            lambda: 0,  # stores nothing; sends a link when the address is known
            ManageLinkForm,
        ),
        PublicForm(
            "volunteer-interest",
            offer.url + "zglaszam-sie/",
            lambda: {"message": "Chętnie pomogę w soboty."},
            Interest.objects.count,
            InterestForm,
            prepare=signed_in,
        ),
        PublicForm(
            "conference-registration",
            conference.url + "rejestracja/",
            lambda: {"name": "Anna Żółkiewska", "email": "anna@example.org", "consent": "on"},
            ConferenceRegistration.objects.count,
            ConferenceRegistrationForm,
        ),
        PublicForm(
            "saved-search",
            reverse("network_search_alert_new"),
            lambda: {
                "q": "księgowa",
                "kind": "job",
                "email": "jan@example.org",
                "frequency": "daily",
                "consent": "on",
            },
            SavedSearch.objects.count,
            SavedSearchForm,
        ),
        PublicForm(
            "join-network",
            reverse("joining:join"),
            join_form_data,
            MembershipApplication.objects.count,
            JoinForm,
        ),
    ]
    return {form.name: form for form in forms}


def waiting():
    return DBTaskResult.objects.filter(status="READY")


@pytest.fixture
def refusing_mail_server(settings):
    """The real SMTP backend pointed at a loopback port where nothing listens; calling the
    fixture's value brings the mail back."""
    port = free_port()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS = "127.0.0.1", port, False
    settings.EMAIL_TIMEOUT = 2

    def recover():
        settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
        # As if the retry delay had passed.
        waiting().update(run_after=timezone.now())

    return recover
