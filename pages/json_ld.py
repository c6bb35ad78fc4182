"""schema.org structured data. Serialisation that cannot break out of a <script> lives in
templatetags; this module only builds dictionaries, with no empty values (Google reports an
empty string as an invalid value) and only properties the schema.org type has."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.utils import timezone

from pages.logos import logo_rendition_url
from pages.models.choices import AttendanceMode
from pages.notifications import absolute_url
from pages.schedule import WARSAW, local_date, ticket_availability
from pages.share_cards import card_url

if TYPE_CHECKING:  # the event's get_context calls this module
    from pages.models import ConferencePage

_ATTENDANCE = {
    AttendanceMode.IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
    AttendanceMode.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    AttendanceMode.MIXED: "https://schema.org/MixedEventAttendanceMode",
}


def compact(data):
    """`data` without None, empty strings and empty containers, at every depth."""
    if isinstance(data, dict):
        items = ((key, compact(value)) for key, value in data.items())
        return {key: value for key, value in items if value not in (None, "", [], {})}
    if isinstance(data, list):
        return [item for item in map(compact, data) if item not in (None, "", [], {})]
    return data


def published_at(page):
    return page.first_published_at or page.last_published_at or page.latest_revision_created_at


def logo_url(organisation) -> str | None:
    """The organisation's logo, as Google wants it for a logo: a PNG at most 600 px wide."""
    if organisation is None or not organisation.logo_id:
        return None
    url = logo_rendition_url(organisation.logo_id, "max-600x600|format-png")
    return absolute_url(url) if url else None


def organisation_reference(organisation, *, request=None) -> dict | None:
    """The organisation as the hiringOrganization or organizer of something: Google reads
    its name, its site (sameAs; the network's page of it where it has none) and its logo."""
    if organisation is None:
        return None
    page_url = organisation.get_full_url(request)
    return compact(
        {
            "@type": "Organization",
            "name": organisation.title,
            "url": page_url,
            "sameAs": organisation.website or page_url,
            "logo": logo_url(organisation),
        }
    )


def place(page, *, name: str | None = None) -> dict:
    return compact(
        {
            "@type": "Place",
            "name": name,
            "address": page.postal_address_json_ld(),
            "geo": page.geo_json_ld(),
        }
    )


def event_json_ld(
    conference: ConferencePage, *, request=None, now, places_left: int | None = None
) -> dict:
    virtual = {"@type": "VirtualLocation", "url": conference.online_url}
    on_site = place(conference, name=conference.venue_name or conference.city)
    location = {
        AttendanceMode.IN_PERSON: on_site,
        AttendanceMode.ONLINE: virtual,
        AttendanceMode.MIXED: [on_site, virtual],
    }[conference.attendance_mode]
    posted = published_at(conference)
    offer = {
        "@type": "Offer",
        "price": "0" if conference.is_free else f"{conference.price:.2f}",
        "priceCurrency": "PLN",
        "url": conference.registration_url or conference.get_full_url(request),
        "availability": ticket_availability(
            places_left=places_left,
            registration_closes_at=conference.registration_closes_at,
            ends_at=conference.end_at,
            now=now,
        ),
        "validFrom": timezone.localtime(posted, WARSAW).isoformat() if posted else None,
        "validThrough": conference.registration_closes_at.isoformat()
        if conference.registration_closes_at
        else None,
    }
    return compact(
        {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": conference.title,
            "description": conference.summary,
            "startDate": conference.local_start.isoformat(),
            "endDate": conference.local_end.isoformat(),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": _ATTENDANCE[conference.attendance_mode],
            "location": location,
            "image": [card_url(conference)],
            "url": conference.get_full_url(request),
            "inLanguage": conference.locale.language_code,
            "isAccessibleForFree": conference.is_free,
            "organizer": organisation_reference(conference.get_organisation(), request=request),
            "offers": offer,
        }
    )


# Shared by the JobPosting documents of the job board and of volunteer offers.


def date_posted(page) -> str | None:
    posted = published_at(page)
    return local_date(posted).isoformat() if posted else None


def job_location(page, *, fully_remote: bool) -> dict:
    """Google: TELECOMMUTE only for work done wholly remotely, with the country applicants
    may live in; any work with an office to go to (hybrid too) has its jobLocation only."""
    if fully_remote:
        return {
            "jobLocationType": "TELECOMMUTE",
            "applicantLocationRequirements": {"@type": "Country", "name": "Poland"},
        }
    return {"jobLocation": place(page)}
