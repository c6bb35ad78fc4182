"""Generated pictures for cards that have none: a cover for a job posting, a volunteer offer
or an event, and a monogram for an organisation without an uploaded logo.

They are decorative (the card's title says everything; templates give them alt=""), drawn
with Pillow from the network's palette, and stored once in the default storage under a name
made of the hash of what they are drawn from (`covers/<sha256>.webp`), so the same title
draws the same picture, a changed title gets a new URL that can be cached for good, and the
steady state costs one cache read per card, not a file check."""

import hashlib
from io import BytesIO

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from PIL import Image, ImageDraw

from pages.share_cards import font

# Bump when the drawing changes, so every picture is drawn anew under a new name.
VERSION = 1
COVER_SIZE = (480, 200)
MONOGRAM_SIZE = 96
# Backgrounds from the palette in docs/design.md; white text on each is at least 6:1.
BACKGROUNDS = (
    ((11, 83, 148), (7, 55, 99)),  # brand
    ((27, 110, 58), (17, 72, 38)),  # green
    ((122, 47, 128), (80, 30, 84)),  # plum
    ((180, 35, 24), (122, 24, 15)),  # red
    ((13, 102, 112), (8, 66, 73)),  # teal
    ((74, 84, 99), (44, 51, 61)),  # slate
)
KIND_SHAPES = {"job": "bars", "volunteer": "circles", "event": "diamonds"}


def _digest(*parts: str) -> bytes:
    return hashlib.sha256("\x1f".join((str(VERSION), *parts)).encode()).digest()


def _palette(digest: bytes):
    return BACKGROUNDS[digest[0] % len(BACKGROUNDS)]


def _draw_cover(kind: str, digest: bytes) -> Image.Image:
    width, height = COVER_SIZE
    light, dark = _palette(digest)
    canvas = Image.new("RGB", COVER_SIZE, dark)
    draw = ImageDraw.Draw(canvas, "RGBA")
    # A diagonal band of the lighter shade, its angle taken from the hash.
    offset = 60 + digest[1] % 180
    draw.polygon([(0, height), (offset, 0), (offset + 220, 0), (offset + 60, height)], fill=light)
    shape = KIND_SHAPES.get(kind, "circles")
    for index in range(6):
        x = digest[2 + index] / 255 * width
        y = digest[8 + index] / 255 * height
        size = 18 + digest[14 + index] % 70
        colour = (255, 255, 255, 28 + digest[20 + index] % 40)
        if shape == "bars":
            draw.rounded_rectangle((x, y, x + size * 2, y + size / 3), radius=size / 6, fill=colour)
        elif shape == "diamonds":
            draw.polygon([(x, y - size), (x + size, y), (x, y + size), (x - size, y)], fill=colour)
        else:
            draw.ellipse((x - size, y - size, x + size, y + size), fill=colour)
    # The highlight stripe every cover shares, as in the site's header.
    draw.rectangle((0, height - 8, width, height), fill=(255, 191, 71))
    return canvas


def initials(name: str) -> str:
    """Up to two letters for a monogram: the first letters of the first two words that have
    a letter ("Fundacja Biuro Inicjatyw" → "FB", quotes skipped), or the first two letters of
    a lone word."""
    words = [
        "".join(letter for letter in word if letter.isalpha())
        for word in name.split()
        if any(letter.isalpha() for letter in word)
    ]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:2].upper()
    return (words[0][0] + words[1][0]).upper()


def _draw_monogram(name: str, digest: bytes) -> Image.Image:
    light, _dark = _palette(digest)
    canvas = Image.new("RGB", (MONOGRAM_SIZE, MONOGRAM_SIZE), light)
    draw = ImageDraw.Draw(canvas)
    centre = MONOGRAM_SIZE / 2
    draw.text((centre, centre), initials(name), font=font(40, bold=True), fill="white", anchor="mm")
    return canvas


def _stored_url(name: str, draw) -> str:
    """The URL of `name` in the default storage, drawing and saving it the first time."""
    key = f"cover-url:{name}"
    url = cache.get(key)
    if url is None:
        if not default_storage.exists(name):
            buffer = BytesIO()
            draw().save(buffer, format="WEBP", quality=80, method=4)
            name = default_storage.save(name, ContentFile(buffer.getvalue()))
        url = default_storage.url(name)
        cache.set(key, url, None)
    return url


def cover_url(*, kind: str, title: str) -> str:
    """A generated cover for a card of `kind` ("job", "volunteer", "event") titled `title`."""
    digest = _digest("cover", kind, title)
    return _stored_url(f"covers/{digest.hex()}.webp", lambda: _draw_cover(kind, digest))


def monogram_url(*, name: str) -> str:
    """A generated monogram for an organisation without a logo."""
    digest = _digest("monogram", name)
    return _stored_url(f"covers/{digest.hex()}.webp", lambda: _draw_monogram(name, digest))
