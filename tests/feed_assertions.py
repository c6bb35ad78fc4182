"""What every board's feeds must do, checked the same way for jobs, volunteer offers and
events."""

FEEDS = (("RSS", "rss+xml", "rss"), ("Atom", "atom+xml", "atom"))


def assert_refused_like_the_listing(client, listing_url: str, feed: str, query: str) -> str:
    """A feed with an invalid filter answers 400 as its listing does, in plain text a feed
    reader can show; returns the explanation."""
    response = client.get(f"{listing_url}{feed}?{query}")
    listing = client.get(f"{listing_url}?{query}")

    assert (response.status_code, listing.status_code) == (400, 400)
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    body = response.content.decode()
    assert body.startswith("Filtry tego kanału są nieprawidłowe:")
    return body


def assert_head_links_feeds(html: str, *, title: str, url: str, query: str) -> None:
    """Both feeds are linked in the <head>, titled after the listing and its filter."""
    head = html.split("</head>")[0]
    for label, media_type, route in FEEDS:
        assert (
            f'<link rel="alternate" type="application/{media_type}" '
            f'title="{label}: {title}" href="{url}{route}/?{query}">'
        ) in head
