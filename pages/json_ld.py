"""schema.org structured data. Serialisation that cannot break out of a <script> lives in
templatetags; this module only builds dictionaries."""

from pages.models import AttendanceMode, ConferencePage

_ATTENDANCE = {
    AttendanceMode.IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
    AttendanceMode.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    AttendanceMode.MIXED: "https://schema.org/MixedEventAttendanceMode",
}


def event_json_ld(conference: ConferencePage, *, request=None) -> dict:
    place = {
        "@type": "Place",
        "name": conference.venue_name or conference.city,
        "address": conference.postal_address_json_ld(),
    }
    if geo := conference.geo_json_ld():
        place["geo"] = geo
    virtual = {"@type": "VirtualLocation", "url": conference.online_url}
    location = {
        AttendanceMode.IN_PERSON: place,
        AttendanceMode.ONLINE: virtual,
        AttendanceMode.MIXED: [place, virtual],
    }[conference.attendance_mode]
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": conference.title,
        "description": conference.summary,
        "startDate": conference.local_start.isoformat(),
        "endDate": conference.local_end.isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": _ATTENDANCE[conference.attendance_mode],
        "location": location,
        "url": conference.get_full_url(request),
        "inLanguage": conference.locale.language_code,
        "isAccessibleForFree": conference.is_free,
    }
    organisation = conference.get_organisation()
    if organisation is not None:
        data["organizer"] = {
            "@type": "Organization",
            "name": organisation.title,
            "url": organisation.get_full_url(request),
        }
    offer = {
        "@type": "Offer",
        "price": "0" if conference.is_free else f"{conference.price:.2f}",
        "priceCurrency": "PLN",
        "url": conference.registration_url or conference.get_full_url(request),
    }
    if conference.registration_closes_at:
        offer["validThrough"] = conference.registration_closes_at.isoformat()
    data["offers"] = offer
    return data


# Shared by the JobPosting documents of the job board and of volunteer offers.


def hiring_organisation(organisation) -> dict | None:
    if organisation is None:
        return None
    hiring = {"@type": "Organization", "name": organisation.title}
    if organisation.website:
        hiring["sameAs"] = organisation.website
    return hiring


def job_location(page, *, remote: bool, on_site_too: bool = False) -> dict:
    """jobLocation for work at an address, TELECOMMUTE with the country it is open to for
    remote work, both for hybrid work (`on_site_too`)."""
    data = {}
    if not remote or on_site_too:
        location = {"@type": "Place", "address": page.postal_address_json_ld()}
        if geo := page.geo_json_ld():
            location["geo"] = geo
        data["jobLocation"] = location
    if remote:
        data["jobLocationType"] = "TELECOMMUTE"
        data["applicantLocationRequirements"] = {"@type": "Country", "name": "Poland"}
    return data
