"""Child protection (the Act of 13 May 2016 as amended in 2024): a volunteer works with minors
only after the organisation has recorded both checks and published its standards."""

from django.utils.translation import gettext as _

from volunteering.models import ChildProtectionCheck, Volunteer
from volunteering.paperwork import certificates, rules


def standards_link(organisation) -> str:
    paperwork = certificates.paperwork_of(organisation)
    return paperwork.child_protection_link if paperwork else ""


def latest_check(*, volunteer: Volunteer, organisation) -> ChildProtectionCheck | None:
    return (
        ChildProtectionCheck.objects.filter(
            volunteer=volunteer, organisation__translation_key=organisation.translation_key
        )
        .order_by("-checked_on", "-recorded_at")
        .first()
    )


def volunteer_may_work_with_minors(*, volunteer: Volunteer, offer, now) -> bool:
    """The rule, with the facts looked up; any error in looking them up denies."""
    if not offer.works_with_minors:
        return True
    organisation = offer.get_organisation()
    if organisation is None:
        return False
    check = latest_check(volunteer=volunteer, organisation=organisation)
    return rules.may_work_with_minors(
        works_with_minors=True,
        standards_linked=bool(standards_link(organisation)),
        register_checked=bool(check and check.register_checked),
        criminal_record_checked=bool(check and check.criminal_record_checked),
        checked_on=check.checked_on if check else None,
        now=now,
    )


def refusal_to_accept(*, volunteer: Volunteer, offer, now) -> str:
    """Why the volunteer cannot be accepted on this offer yet, or "" when they can."""
    if volunteer_may_work_with_minors(volunteer=volunteer, offer=offer, now=now):
        return ""
    organisation = offer.get_organisation()
    if organisation is None or not standards_link(organisation):
        return _(
            "This offer is work with minors: link your organisation's child-protection "
            "standards (Paperwork › Organisation's paperwork) before accepting volunteers."
        )
    return _(
        "This offer is work with minors: record the volunteer's check in the Register of "
        "Sexual Offenders and their criminal record (Paperwork › Child-protection checks) "
        "before accepting them."
    )
