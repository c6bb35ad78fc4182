"""The demo's paperwork: Anna's placement at MIS's Senior Activity Centre, with an agreement
both sides accepted and an issued certificate whose verification URL `make run` prints."""

import datetime
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.utils import translation

from pages.demo.accounts import store_value
from volunteering.models import Interest, InterestStatus, OrganisationPaperwork
from volunteering.paperwork import agreements, certificates

DEMO_HOURS = Decimal("24")


def load_demo_paperwork(*, offer, volunteer, organisation, now) -> None:
    OrganisationPaperwork.objects.get_or_create(
        organisation=organisation,
        defaults={
            "representative_name": "Magdalena Wolska",
            "representative_role": "Prezeska zarządu",
            "child_protection_url": organisation.full_url or "https://example.org/",
            "nnw_policy": "Polisa NNW (demo) 0001/2026",
        },
    )
    interest, _created = Interest.objects.get_or_create(
        volunteer=volunteer, offer=offer, defaults={"created_at": now}
    )
    if interest.status != InterestStatus.ACCEPTED:
        interest.status, interest.status_changed_at = InterestStatus.ACCEPTED, now
        interest.save(update_fields=["status", "status_changed_at"])
    with translation.override("pl"):
        agreement = agreements.prepare(volunteer=volunteer, interest_id=interest.pk, now=now)
    if agreement.volunteer_accepted_at is None:
        agreements.accept_by_volunteer(
            agreement=agreement, text_version=agreement.text_hash, ip="127.0.0.1", now=now
        )
    coordinator = get_user_model().objects.filter(username="redakcja-mis").first()
    agreements.accept_for_organisation(agreement=agreement, user=coordinator, now=now)
    issued = interest.certificates.filter(issued_at__isnull=False).first()
    if issued is None:
        draft = certificates.draft_for(interest=interest, now=now)
        draft.start_date = now.date() - datetime.timedelta(weeks=8)
        draft.end_date = now.date()
        draft.hours = DEMO_HOURS
        issued = certificates.issue(certificate=draft, now=now)
    store_value("certificate_url", certificates.verification_url(issued, language_code="pl"))
