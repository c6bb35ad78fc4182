"""The volunteer's network-wide record: every placement, its hours, agreement and certificates,
in every member organisation, for their page and its PDF and JSON exports."""

from django.utils import formats, translation
from django.utils.translation import gettext as _

from volunteering.hours import approved_hours
from volunteering.models import InterestStatus, Volunteer
from volunteering.paperwork import pdf


def placements(volunteer: Volunteer) -> list[dict]:
    rows = []
    interests = (
        volunteer.interests.filter(status=InterestStatus.ACCEPTED)
        .select_related("offer")
        .prefetch_related("certificates")
        .order_by("-created_at")
    )
    for interest in interests:
        offer = interest.offer
        organisation = offer.get_organisation()
        agreement = getattr(interest, "agreement", None)
        certificates = [c for c in interest.certificates.all() if c.issued_at is not None]
        # Work done before shifts were recorded here is known only from what the coordinator
        # certified: with no approved hours on record, those are the known ones.
        certified = max((c.hours for c in certificates if c.revoked_at is None), default=None)
        approved = approved_hours(volunteer=volunteer, offer=offer)
        rows.append(
            {
                "interest": interest,
                "organisation": organisation.title if organisation else "",
                "offer": offer.title,
                "start_date": offer.start_date,
                "end_date": offer.end_date,
                "hours": approved if approved or certified is None else certified,
                "agreement": agreement,
                "certificates": certificates,
                "pending_request": any(c.issued_at is None for c in interest.certificates.all()),
            }
        )
    return rows


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def as_json(volunteer: Volunteer) -> dict:
    return {
        "volunteer": volunteer.name,
        "placements": [
            {
                "organisation": row["organisation"],
                "offer": row["offer"],
                "start_date": _iso(row["start_date"]),
                "end_date": _iso(row["end_date"]),
                "hours": str(row["hours"]) if row["hours"] is not None else None,
                "agreement_accepted_at": _iso(
                    row["agreement"].volunteer_accepted_at if row["agreement"] else None
                ),
                "certificates": [
                    {
                        "code": certificate.code,
                        "issued_at": _iso(certificate.issued_at),
                        "hours": str(certificate.hours),
                        "revoked_at": _iso(certificate.revoked_at),
                    }
                    for certificate in row["certificates"]
                ],
            }
            for row in placements(volunteer)
        ],
    }


def _period(row) -> str:
    dates = [formats.date_format(d, "j E Y") for d in (row["start_date"], row["end_date"]) if d]
    return " – ".join(dates) or _("no fixed dates")


def as_pdf(volunteer: Volunteer, *, language_code: str) -> bytes:
    with translation.override(language_code):
        paragraphs = []
        for row in placements(volunteer):
            lines = [
                _("Period: %(period)s") % {"period": _period(row)},
                _("Approved hours: %(hours)s")
                % {"hours": row["hours"] if row["hours"] is not None else "–"},
            ]
            lines += [
                _("Certificate %(code)s of %(date)s")
                % {"code": c.code, "date": formats.date_format(c.issued_at, "j E Y")}
                for c in row["certificates"]
            ]
            paragraphs.append((f"{row['organisation']}: {row['offer']}", "\n".join(lines)))
        if not paragraphs:
            paragraphs.append(("", _("No placements yet.")))
        return pdf.render(
            pdf.Document(
                title=_("Volunteering record"),
                subtitle=volunteer.name,
                paragraphs=paragraphs,
            )
        )
