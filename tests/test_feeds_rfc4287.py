"""The feed checkers themselves: each accepts a valid document and names what breaks a broken
one, so a feed test that passes them has been checked for something."""

from tests.feeds_rfc4287 import atom_problems, rss_problems

VALID_ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="pl">
  <title>Praca</title>
  <link rel="alternate" href="http://localhost/praca/"/>
  <link rel="self" href="http://localhost/praca/atom/"/>
  <id>urn:uuid:4f1c2b8e-9d6a-5c3b-8e2f-1a2b3c4d5e6f</id>
  <updated>2026-12-01T08:00:00+01:00</updated>
  <author><name>Sie\xc4\x87</name></author>
  <entry>
    <title>Ksi\xc4\x99gowa</title>
    <link rel="alternate" href="http://localhost/alfa/praca/ksiegowa/"/>
    <id>urn:uuid:0b6a1c3e-2f4d-5a6b-9c8d-7e6f5a4b3c2d</id>
    <updated>2026-11-30T10:00:00Z</updated>
    <summary type="html">&lt;p&gt;Opis&lt;/p&gt;</summary>
  </entry>
</feed>"""

BROKEN_ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Praca</title>
  <title>Praca again</title>
  <link rel="alternate" href="http://localhost/praca/"/>
  <id>http://testserver/praca/</id>
  <updated>2026-12-01 08:00:00</updated>
  <entry>
    <title>Ksi\xc4\x99gowa</title>
    <id>0b6a1c3e-2f4d-5a6b-9c8d-7e6f5a4b3c2d</id>
    <published>2026-11-30T10:00:00Z</published>
  </entry>
  <entry>
    <title>Ksi\xc4\x99gowa</title>
    <link href="http://localhost/alfa/praca/ksiegowa/"/>
    <id>0b6a1c3e-2f4d-5a6b-9c8d-7e6f5a4b3c2d</id>
    <updated>2026-11-30T10:00:00Z</updated>
  </entry>
</feed>"""

VALID_RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
  <title>Praca</title><link>http://localhost/praca/</link><description>Oferty</description>
  <atom:link rel="self" href="http://localhost/praca/rss/"/>
  <lastBuildDate>Tue, 01 Dec 2026 08:00:00 +0100</lastBuildDate>
  <item><title>Ksi\xc4\x99gowa</title><link>http://localhost/alfa/praca/ksiegowa/</link>
    <guid isPermaLink="false">urn:uuid:0b6a1c3e-2f4d-5a6b-9c8d-7e6f5a4b3c2d</guid>
    <pubDate>Mon, 30 Nov 2026 10:00:00 +0000</pubDate></item>
</channel></rss>"""

BROKEN_RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
  <title>Praca</title><link>http://localhost/praca/</link>
  <item><title>A</title><guid>0b6a1c3e-2f4d-5a6b-9c8d-7e6f5a4b3c2d</guid>
    <pubDate>yesterday</pubDate><author>Fundacja Alfa</author></item>
  <item><link>http://localhost/b/</link>
    <guid>0b6a1c3e-2f4d-5a6b-9c8d-7e6f5a4b3c2d</guid></item>
</channel></rss>"""


def test_the_atom_checker_accepts_a_valid_feed():
    assert atom_problems(VALID_ATOM) == []


def test_the_atom_checker_names_every_broken_must():
    problems = "\n".join(atom_problems(BROKEN_ATOM))

    assert "feed: 2 atom:title elements" in problems
    assert "feed atom:updated: '2026-12-01 08:00:00' is not an RFC 3339" in problems
    assert "feed: no atom:link rel=self" in problems
    assert "entry 1: 0 atom:updated elements" in problems
    assert "entry 1: atom:id '0b6a1c3e-2f4d-5a6b-9c8d-7e6f5a4b3c2d' is not an absolute IRI" in (
        problems
    )
    assert "entry 1: no atom:content, so it must have an alternate link" in problems
    assert "entry 1: no atom:author, and the feed has none either" in problems
    assert "entry 2: id '0b6a1c3e-2f4d-5a6b-9c8d-7e6f5a4b3c2d' appears twice" in problems


def test_the_atom_checker_refuses_what_is_not_an_atom_feed():
    assert atom_problems(VALID_RSS) == ["the root element is rss, not atom:feed"]
    assert atom_problems(b"<feed>")[0].startswith("not well-formed XML")


def test_the_rss_checker_accepts_a_valid_feed():
    assert rss_problems(VALID_RSS) == []


def test_the_rss_checker_names_what_breaks_rss_2_0():
    problems = "\n".join(rss_problems(BROKEN_RSS))

    assert "channel: no description" in problems
    assert "channel: no atom:link rel=self" in problems
    assert "item 1: guid '0b6a1c3e-2f4d-5a6b-9c8d-7e6f5a4b3c2d' is not an IRI" in problems
    assert "item 1 pubDate: 'yesterday' is not an RFC 822 date" in problems
    assert "item 1: author 'Fundacja Alfa' is not an e-mail address" in problems
    assert "item 2: neither title nor description" in problems
    assert "item 2: guid '0b6a1c3e-2f4d-5a6b-9c8d-7e6f5a4b3c2d' appears twice" in problems
