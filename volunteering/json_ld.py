"""schema.org JobPosting (employmentType VOLUNTEER) for open volunteer offers, so search
engines list them with paid jobs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.utils.html import format_html

from pages.json_ld import compact, date_posted, job_location, organisation_reference
from pages.schedule import end_of_day

if TYPE_CHECKING:  # the offer's get_context calls this module
    from volunteering.models import VolunteerOfferPage


def offer_json_ld(offer: VolunteerOfferPage, *, organisation, request=None) -> dict:
    data = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": offer.title,
        "description": format_html("<p>{}</p>", offer.summary) + offer.description,
        "datePosted": date_posted(offer),
        "validThrough": end_of_day(offer.deadline_date).isoformat()
        if offer.deadline_date
        else None,
        "employmentType": "VOLUNTEER",
        "identifier": {
            "@type": "PropertyValue",
            "name": organisation.title if organisation else "Sieć",
            "value": str(offer.translation_key),
        },
        "directApply": True,
        "totalJobOpenings": offer.places_left,
        "url": offer.get_full_url(request),
        "hiringOrganization": organisation_reference(organisation, request=request),
        "jobStartDate": offer.start_date.isoformat() if offer.start_date else None,
        **job_location(offer, fully_remote=offer.is_remote),
    }
    return compact(data)
