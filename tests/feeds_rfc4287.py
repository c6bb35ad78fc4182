"""A checker of the MUSTs of RFC 4287 (Atom) that a feed generator can break, and of the parts
of RSS 2.0 this site relies on. Each function returns a list of problems, empty for a valid
document, so a test can show them all at once. feedparser is lenient by design (it reads
broken feeds), so it cannot tell a valid feed from one that merely parses."""

import datetime
import re
from email.utils import parsedate_to_datetime
from xml.etree import ElementTree

ATOM = "http://www.w3.org/2005/Atom"
A = f"{{{ATOM}}}"
# RFC 3339 section 5.6 date-time; RFC 4287 section 3.3 also requires an upper-case T and Z.
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
# An absolute IRI (RFC 3987): a scheme, a colon, and no character an IRI cannot hold.
ABSOLUTE_IRI = re.compile(r'^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$')
TEXT_TYPES = {"text", "html", "xhtml"}
SINGLE_IN_FEED = ("generator", "icon", "logo", "rights", "subtitle")
SINGLE_IN_ENTRY = ("content", "published", "rights", "source", "summary")


def _parse(document: bytes):
    # The documents come from the site under test, not from strangers.
    return ElementTree.fromstring(document)  # noqa: S314


def _date_problems(element, where: str) -> list[str]:
    text = (element.text or "").strip()
    if not RFC3339.match(text):
        return [f"{where}: {text!r} is not an RFC 3339 date-time"]
    try:
        datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return [f"{where}: {text!r} is not a real date"]
    return []


def _exactly_one(parent, name: str, where: str) -> list[str]:
    count = len(parent.findall(A + name))
    return [] if count == 1 else [f"{where}: {count} atom:{name} elements, must be exactly one"]


def _at_most_one(parent, names, where: str) -> list[str]:
    return [
        f"{where}: more than one atom:{name}" for name in names if len(parent.findall(A + name)) > 1
    ]


def _text_construct_problems(parent, names, where: str) -> list[str]:
    problems = []
    for name in names:
        for element in parent.findall(A + name):
            kind = element.get("type", "text")
            if kind not in TEXT_TYPES:
                problems.append(f"{where}: atom:{name} has type {kind!r}")
            elif kind == "xhtml":
                children = list(element)
                if len(children) != 1 or children[0].tag != "{http://www.w3.org/1999/xhtml}div":
                    problems.append(f"{where}: xhtml atom:{name} must hold one xhtml:div")
    return problems


def _person_problems(parent, where: str) -> list[str]:
    problems = []
    for author in parent.findall(A + "author") + parent.findall(A + "contributor"):
        names = author.findall(A + "name")
        if len(names) != 1 or not (names[0].text or "").strip():
            problems.append(f"{where}: a person must have exactly one non-empty atom:name")
        problems += _at_most_one(author, ("uri", "email"), f"{where} person")
        for uri in author.findall(A + "uri"):
            if not ABSOLUTE_IRI.match((uri.text or "").strip()):
                problems.append(f"{where}: person uri {uri.text!r} is not an IRI")
    return problems


def _link_problems(parent, where: str) -> list[str]:
    problems = []
    alternates = set()
    for link in parent.findall(A + "link"):
        href = link.get("href")
        if not href:
            problems.append(f"{where}: atom:link without href")
            continue
        if link.get("rel", "alternate") == "alternate":
            key = (link.get("type"), link.get("hreflang"))
            if key in alternates:
                problems.append(f"{where}: two alternate links with the same type and hreflang")
            alternates.add(key)
    return problems


def _id_problems(parent, where: str) -> list[str]:
    problems = _exactly_one(parent, "id", where)
    for element in parent.findall(A + "id"):
        if not ABSOLUTE_IRI.match((element.text or "").strip()):
            problems.append(f"{where}: atom:id {element.text!r} is not an absolute IRI")
    return problems


def _entry_problems(entry, where: str, *, feed_has_author: bool) -> list[str]:
    problems = _id_problems(entry, where)
    problems += _exactly_one(entry, "title", where)
    problems += _exactly_one(entry, "updated", where)
    problems += _at_most_one(entry, SINGLE_IN_ENTRY, where)
    problems += _text_construct_problems(entry, ("title", "summary", "rights"), where)
    problems += _person_problems(entry, where)
    problems += _link_problems(entry, where)
    for name in ("updated", "published"):
        for element in entry.findall(A + name):
            problems += _date_problems(element, f"{where} atom:{name}")
    content = entry.find(A + "content")
    alternate = [
        link for link in entry.findall(A + "link") if link.get("rel", "alternate") == "alternate"
    ]
    if content is None and not alternate:
        problems.append(f"{where}: no atom:content, so it must have an alternate link")
    if content is not None and content.get("src") and entry.find(A + "summary") is None:
        problems.append(f"{where}: out-of-line content needs an atom:summary")
    if not feed_has_author and entry.find(A + "author") is None:
        problems.append(f"{where}: no atom:author, and the feed has none either")
    return problems


def atom_problems(document: bytes) -> list[str]:
    """What in an Atom feed document breaks a MUST of RFC 4287 (and a missing self link,
    which the RFC only recommends but a subscribed filtered feed needs)."""
    try:
        feed = _parse(document)
    except ElementTree.ParseError as error:
        return [f"not well-formed XML: {error}"]
    if feed.tag != A + "feed":
        return [f"the root element is {feed.tag}, not atom:feed"]
    problems = _id_problems(feed, "feed")
    problems += _exactly_one(feed, "title", "feed")
    problems += _exactly_one(feed, "updated", "feed")
    problems += _at_most_one(feed, SINGLE_IN_FEED, "feed")
    problems += _text_construct_problems(feed, ("title", "subtitle", "rights"), "feed")
    problems += _person_problems(feed, "feed")
    problems += _link_problems(feed, "feed")
    for element in feed.findall(A + "updated"):
        problems += _date_problems(element, "feed atom:updated")
    if not any(link.get("rel") == "self" for link in feed.findall(A + "link")):
        problems.append("feed: no atom:link rel=self")
    feed_has_author = feed.find(A + "author") is not None
    seen = set()
    for number, entry in enumerate(feed.findall(A + "entry"), start=1):
        problems += _entry_problems(entry, f"entry {number}", feed_has_author=feed_has_author)
        entry_id = entry.findtext(A + "id")
        if entry_id in seen:
            problems.append(f"entry {number}: id {entry_id!r} appears twice")
        seen.add(entry_id)
    return problems


def _rss_date_problems(element, where: str) -> list[str]:
    try:
        parsed = parsedate_to_datetime((element.text or "").strip())
    except (TypeError, ValueError):
        return [f"{where}: {element.text!r} is not an RFC 822 date"]
    return [] if parsed.tzinfo else [f"{where}: {element.text!r} has no time zone"]


def rss_problems(document: bytes) -> list[str]:
    """What in an RSS 2.0 document breaks the specification's required elements, or the rules
    this site keeps: a self link, and unique guids that are IRIs."""
    try:
        rss = _parse(document)
    except ElementTree.ParseError as error:
        return [f"not well-formed XML: {error}"]
    channel = rss.find("channel")
    if rss.tag != "rss" or rss.get("version") != "2.0" or channel is None:
        return ["not an RSS 2.0 document"]
    problems = [
        f"channel: no {name}"
        for name in ("title", "link", "description")
        if not (channel.findtext(name) or "").strip()
    ]
    if not any(link.get("rel") == "self" for link in channel.findall(A + "link")):
        problems.append("channel: no atom:link rel=self")
    for element in channel.findall("lastBuildDate") + channel.findall("pubDate"):
        problems += _rss_date_problems(element, f"channel {element.tag}")
    seen = set()
    for number, item in enumerate(channel.findall("item"), start=1):
        where = f"item {number}"
        if item.find("title") is None and item.find("description") is None:
            problems.append(f"{where}: neither title nor description")
        guid = (item.findtext("guid") or "").strip()
        if not ABSOLUTE_IRI.match(guid):
            problems.append(f"{where}: guid {guid!r} is not an IRI")
        if guid in seen:
            problems.append(f"{where}: guid {guid!r} appears twice")
        seen.add(guid)
        for element in item.findall("pubDate"):
            problems += _rss_date_problems(element, f"{where} pubDate")
        author = item.findtext("author")
        if author is not None and "@" not in author:
            problems.append(f"{where}: author {author!r} is not an e-mail address")
    return problems
