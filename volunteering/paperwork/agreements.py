"""The agreement (porozumienie, art. 44 sec. 1-3): generated from the offer and the volunteer,
accepted by a logged click of the volunteer (time, text version, IP), by a parent or guardian
through a signed link when the volunteer is under 18, and by the organisation's coordinator."""

import datetime
import hashlib

from django.core import signing
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import formats, translation
from django.utils.translation import gettext as _

from pages.notifications import absolute_reverse, send_templated
from volunteering.models import Agreement, Interest, InterestStatus, OfferPlace, Volunteer
from volunteering.paperwork import certificates, pdf, rules

GUARDIAN_SALT = "volunteering.agreement.guardian"
GUARDIAN_LINK_MAX_AGE = datetime.timedelta(days=14)


class AgreementRefused(Exception):
    """Something the volunteer or guardian can be told in plain words."""


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _period(start, end, language_code) -> str:
    with translation.override(language_code):
        first = formats.date_format(start, "j E Y")
        if end is None:
            return _("from %(first)s, for an indefinite period") % {"first": first}
        return f"{first} – {formats.date_format(end, 'j E Y')}"


def _context(*, interest: Interest, start_date, end_date, language_code, now) -> dict:
    offer, volunteer = interest.offer, interest.volunteer
    organisation = offer.get_organisation()
    paperwork = certificates.paperwork_of(organisation)
    return {
        "organisation": certificates.organisation_details(organisation).replace("\n", ", "),
        "representative": (
            f"{paperwork.representative_name}, {paperwork.representative_role}" if paperwork else ""
        ),
        "volunteer": volunteer.name,
        "volunteer_place": volunteer.place_name,
        "offer": offer.title,
        "scope": offer.summary,
        "period": _period(start_date, end_date, language_code),
        "remote": offer.place == OfferPlace.REMOTE,
        "place": offer.address_line,
        "hours_per_week": offer.hours_per_week,
        "insured_by_organisation": rules.needs_accident_insurance(
            start_date=start_date, end_date=end_date, now=now
        ),
        "nnw_policy": paperwork.nnw_policy if paperwork else "",
        "minor": volunteer.lowest_age < rules.ADULT_AGE,
    }


def texts(*, interest: Interest, start_date, end_date, now) -> tuple[str, str]:
    return tuple(
        render_to_string(
            f"volunteering/paperwork/agreement_{code}.txt",
            _context(
                interest=interest,
                start_date=start_date,
                end_date=end_date,
                language_code=code,
                now=now,
            ),
        ).strip()
        for code in ("pl", "en")
    )


def anyone_accepted(agreement: Agreement) -> bool:
    return any(
        (
            agreement.volunteer_accepted_at,
            agreement.guardian_accepted_at,
            agreement.coordinator_accepted_at,
        )
    )


def prepare(*, volunteer: Volunteer, interest_id: int, now) -> Agreement:
    """The placement's agreement, written now or brought up to date with the offer while
    nobody has accepted it; an accepted text never changes."""
    interest = (
        Interest.objects.select_related("offer", "volunteer")
        .filter(pk=interest_id, volunteer=volunteer, status=InterestStatus.ACCEPTED)
        .first()
    )
    if interest is None:
        raise AgreementRefused(_("An agreement is made for a placement you were accepted for."))
    agreement = Agreement.objects.filter(interest=interest).first()
    if agreement is not None and anyone_accepted(agreement):
        return agreement
    offer = interest.offer
    start_date = offer.start_date or now.date()
    end_date = offer.end_date
    text_pl, text_en = texts(interest=interest, start_date=start_date, end_date=end_date, now=now)
    if agreement is None:
        agreement = Agreement(
            interest=interest, organisation=offer.get_organisation(), created_at=now
        )
    if agreement.text_hash != text_hash(text_pl):
        agreement.start_date, agreement.end_date = start_date, end_date
        agreement.text_pl, agreement.text_en = text_pl, text_en
        agreement.text_hash = text_hash(text_pl)
        agreement.save()
    return agreement


def guardian_needed(agreement: Agreement) -> bool:
    return agreement.interest.volunteer.lowest_age < rules.ADULT_AGE


def accept_by_volunteer(
    *, agreement: Agreement, text_version: str, ip: str, guardian_email: str = "", now
) -> Agreement:
    if text_version != agreement.text_hash:
        raise AgreementRefused(_("The agreement has changed since you opened it; read it again."))
    if guardian_needed(agreement) and not guardian_email:
        raise AgreementRefused(_("Give the e-mail address of a parent or guardian."))
    with transaction.atomic():
        agreement.volunteer_accepted_at = now
        agreement.volunteer_accepted_hash = agreement.text_hash
        agreement.volunteer_ip = ip or None
        if guardian_needed(agreement):
            agreement.guardian_email = guardian_email
        agreement.save()
        if guardian_needed(agreement):
            transaction.on_commit(lambda: send_guardian_link(agreement))
    return agreement


def guardian_token(agreement: Agreement) -> str:
    return signing.dumps({"a": agreement.pk, "h": agreement.text_hash}, salt=GUARDIAN_SALT)


def agreement_from_guardian_token(token: str) -> Agreement | None:
    """The agreement a guardian's link names, if the link is genuine, fresh and the text has
    not changed since it was sent; otherwise None."""
    try:
        payload = signing.loads(token, salt=GUARDIAN_SALT, max_age=GUARDIAN_LINK_MAX_AGE)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if not isinstance(payload, dict):
        return None
    return Agreement.objects.filter(pk=payload.get("a"), text_hash=payload.get("h")).first()


def send_guardian_link(agreement: Agreement) -> None:
    volunteer = agreement.interest.volunteer
    send_templated(
        template="volunteering/email/agreement_guardian",
        context={
            "agreement": agreement,
            "volunteer": volunteer,
            "url": absolute_reverse(
                "volunteering:agreement_guardian",
                args=[guardian_token(agreement)],
                language_code=volunteer.language_code,
            ),
        },
        to=[agreement.guardian_email],
        language_code=volunteer.language_code,
        about=volunteer,
    )


def accept_by_guardian(*, agreement: Agreement, ip: str, now) -> Agreement:
    if agreement.guardian_accepted_at is None:
        agreement.guardian_accepted_at = now
        agreement.guardian_accepted_hash = agreement.text_hash
        agreement.guardian_ip = ip or None
        agreement.save(
            update_fields=["guardian_accepted_at", "guardian_accepted_hash", "guardian_ip"]
        )
    return agreement


def accept_for_organisation(*, agreement: Agreement, user, now) -> Agreement:
    if agreement.coordinator_accepted_at is None:
        agreement.coordinator_accepted_at, agreement.coordinator_accepted_by = now, user
        agreement.save(update_fields=["coordinator_accepted_at", "coordinator_accepted_by"])
    return agreement


def is_complete(agreement: Agreement, *, now) -> bool:
    return rules.agreement_complete(
        volunteer_accepted_at=agreement.volunteer_accepted_at,
        coordinator_accepted_at=agreement.coordinator_accepted_at,
        guardian_accepted_at=agreement.guardian_accepted_at,
        volunteer_age=agreement.interest.volunteer.lowest_age,
        now=now,
    )


def as_pdf(agreement: Agreement) -> bytes:
    with translation.override("pl"):
        accepted = [
            ("Wolontariusz zaakceptował", agreement.volunteer_accepted_at),
            ("Opiekun zaakceptował", agreement.guardian_accepted_at),
            ("Organizacja zaakceptowała", agreement.coordinator_accepted_at),
        ]
        facts = [
            (label, formats.date_format(moment, "j E Y, H:i") if moment else "–")
            for label, moment in accepted
        ]
    facts.append(("Wersja tekstu (SHA-256)", agreement.text_hash))
    return pdf.render(
        pdf.Document(
            title="Porozumienie o wykonywaniu świadczeń wolontariusza",
            subtitle="Volunteer agreement (the English text is for information only)",
            paragraphs=[("", agreement.text_pl), ("English (for information)", agreement.text_en)],
            facts=facts,
        )
    )
