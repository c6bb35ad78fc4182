"""What every board's feeds must do, checked the same way for jobs, volunteer offers and
events."""

FEEDS = (("RSS", "rss+xml", "rss"), ("Atom", "atom+xml", "atom"))


def assert_refused_like_the_listing(client, listing_url: str, feed: str, query: str) -> str:
    """A feed with an invalid filter answers 400 as its listing does, in plain text a feed
    reader can show, with exactly the listing's messages; returns the explanation."""
    response = client.get(f"{listing_url}{feed}?{query}")
    listing = client.get(f"{listing_url}?{query}")

    assert (response.status_code, listing.status_code) == (400, 400)
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    body = response.content.decode()
    assert body.startswith("Filtry tego kanału są nieprawidłowe:")
    assert refusal_lines(body) == listing_refusal_lines(listing)
    return body


def refusal_lines(body: str) -> list[str]:
    return [line for line in body.splitlines()[1:] if line]


def listing_refusal_lines(listing) -> list[str]:
    """The listing's form errors, each named by its field's label as a feed names them."""
    form = listing.context["filter_form"]
    return [
        f"- {form.fields[name].label}: {error}" if name in form.fields else f"- {error}"
        for name, errors in form.errors.items()
        for error in errors
    ]


def assert_head_links_feeds(html: str, *, title: str, url: str, query: str) -> None:
    """Both feeds are linked in the <head>, titled after the listing and its filter."""
    head = html.split("</head>")[0]
    for label, media_type, route in FEEDS:
        assert (
            f'<link rel="alternate" type="application/{media_type}" '
            f'title="{label}: {title}" href="{url}{route}/?{query}">'
        ) in head
