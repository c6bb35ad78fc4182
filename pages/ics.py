"""iCalendar (RFC 5545) export of one event, written by hand because it is twenty lines."""

import datetime

from django.utils import timezone

LINE_LIMIT = 75


def _escape(text: str) -> str:
    text = "".join(ch for ch in text if ch in "\n\t" or ch >= " ")
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    # Lines are limited to 75 octets; continuation lines start with a space.
    encoded = line.encode("utf-8")
    if len(encoded) <= LINE_LIMIT:
        return line
    parts, current = [], b""
    for char in line:
        piece = char.encode("utf-8")
        limit = LINE_LIMIT if not parts else LINE_LIMIT - 1
        if len(current) + len(piece) > limit:
            parts.append(current.decode("utf-8"))
            current = b""
        current += piece
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def _utc(value: datetime.datetime) -> str:
    return value.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def event_to_ics(
    *,
    uid: str,
    title: str,
    description: str,
    location: str,
    url: str,
    start_at: datetime.datetime,
    end_at: datetime.datetime,
    now: datetime.datetime | None = None,
) -> str:
    now = now or timezone.now()
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Siec//Network CMS//PL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{_utc(now)}",
        f"DTSTART:{_utc(start_at)}",
        f"DTEND:{_utc(end_at)}",
        f"SUMMARY:{_escape(title)}",
        f"DESCRIPTION:{_escape(description)}",
        f"LOCATION:{_escape(location)}",
        f"URL:{url}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"
