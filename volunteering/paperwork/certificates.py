"""Certificates (zaświadczenie, art. 44 sec. 4-5): requested by the volunteer or written by the
coordinator, issued with a verification code, verified by anyone, revoked with a date."""

import datetime
import enum
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.db.models import Min, Sum
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from pages.notifications import absolute_reverse, absolute_url, send_templated
from volunteering.hours import approved_signups
from volunteering.models import (
    Certificate,
    CertificateKind,
    Interest,
    InterestStatus,
    OrganisationPaperwork,
    Volunteer,
)
from volunteering.paperwork import codes, pdf


class CertificateRefused(Exception):
    """A request the volunteer can be told about in plain words."""


class Verdict(enum.Enum):
    GENUINE = "genuine"
    REVOKED = "revoked"
    ALTERED = "altered"  # the stored record no longer matches what was issued
    MISTYPED = "mistyped"  # the code's check characters do not match: altered or mistyped
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Verification:
    verdict: Verdict
    certificate: Certificate | None = None


def organisation_details(organisation) -> str:
    lines = [organisation.title, organisation.address_line]
    registry = [
        f"{label} {value}"
        for label, value in (("KRS", organisation.krs), ("NIP", organisation.nip))
        if value
    ]
    lines.append(", ".join(registry))
    return "\n".join(line for line in lines if line)


def paperwork_of(organisation) -> OrganisationPaperwork | None:
    return OrganisationPaperwork.objects.filter(
        organisation__translation_key=(organisation.translation_key)
    ).first()


def draft_for(*, interest: Interest, now: datetime.datetime) -> Certificate:
    """A certificate filled in from the placement, not saved: the coordinator checks it."""
    offer = interest.offer
    organisation = offer.get_organisation()
    paperwork = paperwork_of(organisation)
    today = timezone.localdate(now)
    # Every hour approved for this placement up to today counts, and the period covers it:
    # a shift held before the offer's stated first day (dates edited later) is still work done.
    # One pass over the approved sign-ups gives both the hours and the first shift worked.
    worked = (
        approved_signups(offer=offer, end_date=today)
        .filter(volunteer=interest.volunteer)
        .aggregate(hours=Sum("hours"), first=Min("shift__start_at"))
    )
    first_shift_at = worked["first"]
    start_date = min(
        day
        for day in (
            offer.start_date or timezone.localdate(interest.created_at),
            first_shift_at and timezone.localdate(first_shift_at),
        )
        if day
    )
    end_date = min(offer.end_date or today, today)
    hours = worked["hours"] if worked["hours"] is not None else Decimal("0")
    return Certificate(
        volunteer=interest.volunteer,
        interest=interest,
        organisation=organisation,
        volunteer_name=interest.volunteer.name,
        organisation_details=organisation_details(organisation),
        offer_title=offer.title,
        # The kind of work is a short role, as on the offer's title; the summary is advert
        # copy written for listings. The coordinator edits it before issuing.
        work_description=offer.title,
        start_date=start_date,
        end_date=max(end_date, start_date),
        hours=hours,
        signatory_name=paperwork.representative_name if paperwork else "",
        signatory_role=paperwork.representative_role if paperwork else "",
    )


def request_certificate(*, volunteer: Volunteer, interest_id: int, now) -> Certificate:
    """The volunteer's request; the organisation must answer it (art. 44 sec. 4)."""
    interest = (
        Interest.objects.select_related("offer", "volunteer")
        .filter(pk=interest_id, volunteer=volunteer, status=InterestStatus.ACCEPTED)
        .first()
    )
    if interest is None:
        raise CertificateRefused(
            _("A certificate can be asked for a placement you were accepted for.")
        )
    pending = interest.certificates.filter(issued_at__isnull=True).first()
    if pending is not None:
        return pending
    with transaction.atomic():
        certificate = draft_for(interest=interest, now=now)
        certificate.requested_at = now
        certificate.save()
        transaction.on_commit(lambda: _tell_coordinator(certificate))
    return certificate


def _tell_coordinator(certificate: Certificate) -> None:
    from volunteering.services import coordinator_emails

    offer = certificate.interest.offer
    recipients = coordinator_emails(offer)
    if not recipients:
        return
    send_templated(
        template="volunteering/email/certificate_requested",
        context={
            "certificate": certificate,
            "admin_url": absolute_url(reverse("certificates:edit", args=[certificate.pk])),
        },
        to=recipients,
        language_code=offer.locale.language_code,
        about=certificate.volunteer,
    )


def content(certificate: Certificate) -> dict:
    """Everything the certificate says; its digest is taken over exactly this."""
    return {
        "code": certificate.code,
        "kind": certificate.kind,
        "volunteer": certificate.volunteer_name,
        "organisation": certificate.organisation_details,
        "offer": certificate.offer_title,
        "work": certificate.work_description,
        "start_date": certificate.start_date.isoformat(),
        "end_date": certificate.end_date.isoformat(),
        "hours": str(Decimal(certificate.hours).quantize(Decimal("0.01"))),
        "opinion": certificate.opinion,
        "signatory": [certificate.signatory_name, certificate.signatory_role],
        "issued_at": certificate.issued_at.isoformat() if certificate.issued_at else "",
    }


def issue(*, certificate: Certificate, now: datetime.datetime) -> Certificate:
    if certificate.issued_at is not None:
        raise CertificateRefused(_("This certificate has been issued already."))
    if certificate.end_date < certificate.start_date:
        raise CertificateRefused(_("The last day cannot be before the first."))
    if not certificate.opinion and certificate.kind == CertificateKind.OPINION:
        raise CertificateRefused(_("Write the opinion, or issue a plain certificate."))
    certificate.code = codes.new_code()
    certificate.issued_at = now
    certificate.digest = codes.digest(content(certificate))
    certificate.save()
    return certificate


def revoke(*, certificate: Certificate, reason: str, now: datetime.datetime) -> Certificate:
    if certificate.revoked_at is None:
        certificate.revoked_at, certificate.revocation_reason = now, reason
        certificate.save(update_fields=["revoked_at", "revocation_reason"])
    return certificate


def verify(code: str) -> Verification:
    if not codes.is_well_formed(code):
        return Verification(Verdict.MISTYPED)
    certificate = Certificate.objects.filter(
        code=codes.stored_form(code), issued_at__isnull=False
    ).first()
    if certificate is None:
        return Verification(Verdict.UNKNOWN)
    if codes.digest(content(certificate)) != certificate.digest:
        return Verification(Verdict.ALTERED, certificate)
    if certificate.revoked_at is not None:
        return Verification(Verdict.REVOKED, certificate)
    return Verification(Verdict.GENUINE, certificate)


def verification_url(certificate: Certificate, *, language_code: str) -> str:
    return absolute_reverse(
        "volunteering:certificate", args=[certificate.code], language_code=language_code
    )


def _date(value) -> str:
    return formats.date_format(value, "j E Y") if value else ""


def as_pdf(certificate: Certificate, *, language_code: str) -> bytes:
    with translation.override(language_code):
        title = (
            _("Certificate of volunteer work with an opinion")
            if certificate.kind == CertificateKind.OPINION
            else _("Certificate of volunteer work")
        )
        facts = [
            (_("Organisation"), certificate.organisation_details),
            (_("The volunteer"), certificate.volunteer_name),
            (_("Period"), f"{_date(certificate.start_date)} – {_date(certificate.end_date)}"),
            (_("Offer"), certificate.offer_title),
            (_("Kind of work"), certificate.work_description),
            (_("Hours"), formats.number_format(certificate.hours, 2)),
            (_("Signed by"), f"{certificate.signatory_name}, {certificate.signatory_role}"),
            (_("Issued on"), _date(certificate.issued_at)),
        ]
        paragraphs = [(_("Opinion"), certificate.opinion)] if certificate.opinion else []
        footer = _(
            "Issued under art. 44 sec. 4-5 of the Act of 24 April 2003 on public benefit "
            "activity and volunteering. Verification code: %(code)s. Check that it is genuine "
            "at %(url)s"
        ) % {
            "code": certificate.code,
            "url": verification_url(certificate, language_code=language_code),
        }
        return pdf.render(
            pdf.Document(
                title=title,
                subtitle=_("Art. 44 of the Act on public benefit activity and volunteering"),
                facts=facts,
                paragraphs=paragraphs,
                footer=footer,
            )
        )
