"""schema.org JobPosting (employmentType VOLUNTEER) for open volunteer offers, so search
engines list them with paid jobs."""

from django.utils.html import format_html

from pages.json_ld import hiring_organisation, job_location
from pages.schedule import end_of_day, local_date
from volunteering.models import VolunteerOfferPage


def offer_json_ld(offer: VolunteerOfferPage, *, organisation, request=None) -> dict:
    posted = offer.first_published_at or offer.latest_revision_created_at
    data = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": offer.title,
        "description": format_html("<p>{}</p>", offer.summary) + offer.description,
        "datePosted": local_date(posted).isoformat() if posted else None,
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
        "inLanguage": offer.locale.language_code,
        "hiringOrganization": hiring_organisation(organisation),
        **job_location(offer, remote=offer.is_remote),
    }
    if offer.start_date:
        data["jobStartDate"] = offer.start_date.isoformat()
    return {key: value for key, value in data.items() if value is not None}
