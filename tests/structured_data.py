"""What a JSON-LD block may and must say, to check every block a page carries.

Allowed properties per type are written from schema.org's type definitions (version 29,
https://schema.org/<Type>, "Properties from <Type>" plus the inherited ones). Only the types
this site emits are listed; a type missing here fails the check, so a new one gets its list.
Google's required and recommended properties are from Search Central's structured-data docs:
https://developers.google.com/search/docs/appearance/structured-data/job-posting and
https://developers.google.com/search/docs/appearance/structured-data/event
"""

import extruct

THING = {
    "additionalType",
    "alternateName",
    "description",
    "disambiguatingDescription",
    "identifier",
    "image",
    "mainEntityOfPage",
    "name",
    "potentialAction",
    "sameAs",
    "subjectOf",
    "url",
}

JOB_POSTING = THING | {
    "applicantLocationRequirements",
    "applicationContact",
    "baseSalary",
    "benefits",
    "datePosted",
    "directApply",
    "educationRequirements",
    "eligibilityToWorkRequirement",
    "employerOverview",
    "employmentType",
    "employmentUnit",
    "estimatedSalary",
    "experienceInPlaceOfEducation",
    "experienceRequirements",
    "hiringOrganization",
    "incentiveCompensation",
    "incentives",
    "industry",
    "jobBenefits",
    "jobImmediateStart",
    "jobLocation",
    "jobLocationType",
    "jobStartDate",
    "occupationalCategory",
    "physicalRequirement",
    "qualifications",
    "relevantOccupation",
    "responsibilities",
    "salaryCurrency",
    "securityClearanceRequirement",
    "sensoryRequirement",
    "skills",
    "specialCommitments",
    "title",
    "totalJobOpenings",
    "validThrough",
    "workHours",
}

ORGANIZATION = THING | {
    "actionableFeedbackPolicy",
    "address",
    "agentInteractionStatistic",
    "aggregateRating",
    "alumni",
    "areaServed",
    "award",
    "awards",
    "brand",
    "contactPoint",
    "contactPoints",
    "correctionsPolicy",
    "department",
    "dissolutionDate",
    "diversityPolicy",
    "diversityStaffingReport",
    "duns",
    "email",
    "employee",
    "employees",
    "ethicsPolicy",
    "event",
    "events",
    "faxNumber",
    "founder",
    "founders",
    "foundingDate",
    "foundingLocation",
    "funder",
    "funding",
    "globalLocationNumber",
    "hasCertification",
    "hasCredential",
    "hasMemberProgram",
    "hasMerchantReturnPolicy",
    "hasOfferCatalog",
    "hasPOS",
    "interactionStatistic",
    "isicV4",
    "iso6523Code",
    "keywords",
    "knowsAbout",
    "knowsLanguage",
    "legalName",
    "leiCode",
    "location",
    "logo",
    "makesOffer",
    "member",
    "memberOf",
    "members",
    "naics",
    "nonprofitStatus",
    "numberOfEmployees",
    "ownershipFundingInfo",
    "owns",
    "parentOrganization",
    "publishingPrinciples",
    "review",
    "reviews",
    "seeks",
    "serviceArea",
    "slogan",
    "sponsor",
    "subOrganization",
    "taxID",
    "telephone",
    "unnamedSourcesPolicy",
    "vatID",
}

PLACE = THING | {
    "additionalProperty",
    "address",
    "aggregateRating",
    "amenityFeature",
    "branchCode",
    "containedIn",
    "containedInPlace",
    "containsPlace",
    "event",
    "events",
    "faxNumber",
    "geo",
    "geoContains",
    "geoCoveredBy",
    "geoCovers",
    "geoCrosses",
    "geoDisjoint",
    "geoEquals",
    "geoIntersects",
    "geoOverlaps",
    "geoTouches",
    "geoWithin",
    "globalLocationNumber",
    "hasCertification",
    "hasDriveThroughService",
    "hasMap",
    "isAccessibleForFree",
    "isicV4",
    "keywords",
    "latitude",
    "logo",
    "longitude",
    "map",
    "maps",
    "maximumAttendeeCapacity",
    "openingHoursSpecification",
    "photo",
    "photos",
    "publicAccess",
    "review",
    "reviews",
    "slogan",
    "smokingAllowed",
    "specialOpeningHoursSpecification",
    "telephone",
    "tourBookingPage",
}

CONTACT_POINT = THING | {
    "areaServed",
    "availableLanguage",
    "contactOption",
    "contactType",
    "email",
    "faxNumber",
    "hoursAvailable",
    "productSupported",
    "serviceArea",
    "telephone",
}

POSTAL_ADDRESS = CONTACT_POINT | {
    "addressCountry",
    "addressLocality",
    "addressRegion",
    "extendedAddress",
    "postOfficeBoxNumber",
    "postalCode",
    "streetAddress",
}

GEO_COORDINATES = THING | {
    "address",
    "addressCountry",
    "elevation",
    "latitude",
    "longitude",
    "postalCode",
}

PROPERTY_VALUE = THING | {
    "maxValue",
    "measurementMethod",
    "measurementTechnique",
    "minValue",
    "propertyID",
    "unitCode",
    "unitText",
    "value",
    "valueReference",
}

MONETARY_AMOUNT = THING | {
    "currency",
    "maxValue",
    "minValue",
    "validFrom",
    "validThrough",
    "value",
}

QUANTITATIVE_VALUE = THING | {
    "additionalProperty",
    "maxValue",
    "minValue",
    "unitCode",
    "unitText",
    "value",
    "valueReference",
}

EVENT = THING | {
    "about",
    "actor",
    "aggregateRating",
    "attendee",
    "attendees",
    "audience",
    "composer",
    "contributor",
    "director",
    "doorTime",
    "duration",
    "endDate",
    "eventAttendanceMode",
    "eventSchedule",
    "eventStatus",
    "funder",
    "funding",
    "inLanguage",
    "isAccessibleForFree",
    "keywords",
    "location",
    "maximumAttendeeCapacity",
    "maximumPhysicalAttendeeCapacity",
    "maximumVirtualAttendeeCapacity",
    "offers",
    "organizer",
    "performer",
    "performers",
    "previousStartDate",
    "recordedIn",
    "remainingAttendeeCapacity",
    "review",
    "sponsor",
    "startDate",
    "subEvent",
    "subEvents",
    "superEvent",
    "translator",
    "typicalAgeRange",
    "workFeatured",
    "workPerformed",
}

OFFER = THING | {
    "acceptedPaymentMethod",
    "addOn",
    "advanceBookingRequirement",
    "aggregateRating",
    "areaServed",
    "asin",
    "availability",
    "availabilityEnds",
    "availabilityStarts",
    "availableAtOrFrom",
    "availableDeliveryMethod",
    "businessFunction",
    "category",
    "checkoutPageURLTemplate",
    "deliveryLeadTime",
    "eligibleCustomerType",
    "eligibleDuration",
    "eligibleQuantity",
    "eligibleRegion",
    "eligibleTransactionVolume",
    "gtin",
    "gtin12",
    "gtin13",
    "gtin14",
    "gtin8",
    "hasAdultConsideration",
    "hasMeasurement",
    "hasMerchantReturnPolicy",
    "includesObject",
    "ineligibleRegion",
    "inventoryLevel",
    "isFamilyFriendly",
    "itemCondition",
    "itemOffered",
    "leaseLength",
    "mobileUrl",
    "mpn",
    "offeredBy",
    "price",
    "priceCurrency",
    "priceSpecification",
    "priceValidUntil",
    "review",
    "reviews",
    "seller",
    "serialNumber",
    "shippingDetails",
    "sku",
    "validFrom",
    "validThrough",
    "warranty",
}

ALLOWED = {
    "JobPosting": JOB_POSTING,
    "Organization": ORGANIZATION,
    "NGO": ORGANIZATION,
    "GovernmentOrganization": ORGANIZATION,
    "Place": PLACE,
    # Country < AdministrativeArea < Place, with no properties of their own.
    "Country": PLACE,
    "PostalAddress": POSTAL_ADDRESS,
    "GeoCoordinates": GEO_COORDINATES,
    "PropertyValue": PROPERTY_VALUE,
    "MonetaryAmount": MONETARY_AMOUNT,
    "QuantitativeValue": QUANTITATIVE_VALUE,
    "Event": EVENT,
    "VirtualLocation": THING,
    "Offer": OFFER,
}

# Google's lists. jobLocation is required except for fully remote work, which instead
# needs jobLocationType TELECOMMUTE and applicantLocationRequirements.
GOOGLE_REQUIRED = {
    "JobPosting": {"datePosted", "description", "hiringOrganization", "title"},
    "Event": {"location", "name", "startDate"},
}
GOOGLE_RECOMMENDED = {
    "JobPosting": {"baseSalary", "directApply", "employmentType", "identifier", "validThrough"},
    # performer is recommended too, but an NGO event has no performer field to fill it from;
    # previousStartDate only applies to a rescheduled event.
    "Event": {
        "description",
        "endDate",
        "eventAttendanceMode",
        "eventStatus",
        "image",
        "offers",
        "organizer",
    },
    "Event.offers": {"availability", "price", "priceCurrency", "url", "validFrom"},
    "Event.organizer": {"name", "url"},
    "JobPosting.hiringOrganization": {"name", "sameAs", "logo"},
    "Place": {"address"},
    "VirtualLocation": {"url"},
}
REMOTE_ONLY = {"jobLocationType", "applicantLocationRequirements"}


def json_ld_blocks(html: str, url: str = "http://localhost/") -> list[dict]:
    return extruct.extract(html, base_url=url, syntaxes=["json-ld"])["json-ld"]


def problems(node, path: str = "$") -> list[str]:
    """Every breach of the rules in one JSON-LD node and the nodes inside it: a property its
    schema.org type lacks, an empty value, a type we have no list for."""
    found = []
    if isinstance(node, list):
        for index, item in enumerate(node):
            found += problems(item, f"{path}[{index}]")
        return found
    if not isinstance(node, dict):
        if node == "" or node is None:
            found.append(f"{path} is empty")
        return found
    kind = node.get("@type")
    allowed = ALLOWED.get(kind)
    if allowed is None:
        found.append(f"{path} has a type with no property list: {kind!r}")
        allowed = set()
    for key, value in node.items():
        if key.startswith("@"):
            continue
        if allowed and key not in allowed:
            found.append(f"{path}.{key} is not a property of schema.org/{kind}")
        if value in ("", None, [], {}):
            found.append(f"{path}.{key} is empty")
        else:
            found += problems(value, f"{path}.{key}")
    return found


def google_gaps(node: dict) -> list[str]:
    """Google's required and recommended properties the top-level node leaves out."""
    kind = node["@type"]
    gaps = sorted(
        (GOOGLE_REQUIRED.get(kind, set()) | GOOGLE_RECOMMENDED.get(kind, set())) - node.keys()
    )
    if kind == "JobPosting":
        remote = node.get("jobLocationType") == "TELECOMMUTE"
        if remote:
            gaps += sorted(REMOTE_ONLY - node.keys())
        elif "jobLocation" not in node:
            gaps.append("jobLocation")
        gaps += _nested_gaps(node, "JobPosting", "hiringOrganization")
    if kind == "Event":
        gaps += _nested_gaps(node, "Event", "offers")
        gaps += _nested_gaps(node, "Event", "organizer")
    for location in _as_list(node.get("location")) + _as_list(node.get("jobLocation")):
        gaps += [
            f"location.{key}"
            for key in sorted(
                GOOGLE_RECOMMENDED.get(location.get("@type"), set()) - location.keys()
            )
        ]
    return gaps


def _nested_gaps(node: dict, kind: str, key: str) -> list[str]:
    inner = node.get(key) or {}
    return [f"{key}.{name}" for name in sorted(GOOGLE_RECOMMENDED[f"{kind}.{key}"] - inner.keys())]


def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
