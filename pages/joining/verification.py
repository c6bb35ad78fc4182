"""Recording what the network verified, and creating an organisation from a KRS extract."""

from django.conf import settings
from django.db import transaction

from pages.krs_import import KrsRecord
from pages.models import (
    OrganisationPage,
    OrganisationVerification,
    OrganisationWorkspace,
    VerificationSource,
)
from pages.moderation import set_trusted_member
from pages.validators import is_valid_nip, is_valid_regon


class DuplicateOrganisation(Exception):
    def __init__(self, organisation: OrganisationPage):
        super().__init__(organisation.title)
        self.organisation = organisation


def verifier_name(user) -> str:
    """Shown publicly: the coordinator's full name, else the coordinators group's name."""
    full_name = user.get_full_name().strip() if user is not None else ""
    return full_name or settings.SIEC_NETWORK_COORDINATORS_GROUP


def record_verification(
    *, organisation: OrganisationPage, source: VerificationSource, by: str, now, public_benefit=None
) -> OrganisationVerification:
    """Numbers count as checked when they are present and pass their checksum (KRS has none:
    its presence in the register, or the reviewer's look-up, is the check)."""
    defaults = {
        "krs_checked": bool(organisation.krs),
        "nip_checked": is_valid_nip(organisation.nip),
        "regon_checked": is_valid_regon(organisation.regon),
        "source": source,
        "verified_at": now,
        "verified_by_name": by,
    }
    if public_benefit is not None:
        defaults["public_benefit"] = public_benefit
    verification, _created = OrganisationVerification.objects.update_or_create(
        translation_key=organisation.translation_key, defaults=defaults
    )
    return verification


def create_from_krs(*, record: KrsRecord, parent, mission: str, now) -> OrganisationPage:
    """A draft organisation page filled from the extract, verified from it. Refused when an
    organisation with the same KRS or NIP exists already."""
    existing = OrganisationPage.objects.filter(krs=record.krs).first() or (
        OrganisationPage.objects.filter(nip=record.nip).first() if record.nip else None
    )
    if existing is not None:
        raise DuplicateOrganisation(existing)
    from pages.joining.services import free_slug

    with transaction.atomic():
        page = OrganisationPage(
            title=record.name,
            slug=free_slug(parent, record.name),
            legal_form=record.legal_form,
            mission=mission or record.name,
            krs=record.krs,
            nip=record.nip,
            regon=record.regon,
            street_address=record.street_address,
            postal_code=record.postal_code,
            city=record.city,
            live=False,
        )
        parent.add_child(instance=page)
        page.save_revision()
        record_verification(
            organisation=page,
            source=VerificationSource.KRS_IMPORT,
            by=settings.SIEC_NETWORK_COORDINATORS_GROUP,
            now=now,
            public_benefit=record.public_benefit,
        )
        # A new member, as one admitted through the join form: its postings and offers wait
        # for the network's review until a coordinator marks it trusted.
        workspace = OrganisationWorkspace.objects.get(translation_key=page.translation_key)
        set_trusted_member(workspace=workspace, trusted=False, user=None)
    return page
