"""Share cards: the 1200×630 PNG a link preview (Open Graph, Twitter) shows for a page.

A card shows the page's kind, its title, the organisation and its logo, drawn with Pillow.
It is stored once per page revision (`share-cards/<page>-<revision>.png` in the default
storage), and its URL carries the revision, so edge caches may keep it forever and a new
revision gets a new URL. Page types say what goes on their card with `ShareCardMixin`
(pages/models/mixins.py); any other page gets a card with its type's name.
"""

import logging
from dataclasses import dataclass, replace
from functools import cache
from io import BytesIO
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils import translation

from anyascii import anyascii
from PIL import Image, ImageDraw, ImageFont

from pages.notifications import absolute_url

logger = logging.getLogger(__name__)

WIDTH, HEIGHT = 1200, 630
FONT_DIRECTORY = Path("/usr/share/fonts/truetype/dejavu")  # Debian's fonts-dejavu-core
BRAND_DARK = (7, 55, 99)
BRAND = (11, 83, 148)
ACCENT = (255, 191, 71)
PAPER = (255, 255, 255)
SOFT = (214, 228, 242)
LOGO_BOX = 150


@dataclass(frozen=True)
class CardContent:
    title: str
    kind: str
    organisation: str  # "" on the network's own pages
    network: str
    # A file-like image (a Wagtail rendition's file), or None.
    logo: object | None = None


@cache
def font(size: int, *, bold: bool = False):
    """DejaVu Sans where Debian's fonts-dejavu-core is installed (it covers Polish letters);
    Pillow's own default font otherwise, so a server without it still draws cards (see
    `legible`)."""
    path = FONT_DIRECTORY / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
    # Checked first: given a missing path, Pillow would search the system's font folders.
    if path.is_file():
        try:
            return ImageFont.truetype(str(path), size)
        except OSError:
            logger.warning("Share cards: %s could not be read.", path, exc_info=True)
    logger.warning("Share cards: %s is missing, using Pillow's default font.", path)
    return ImageFont.load_default(size=size)


def _lines(draw, text: str, *, typeface, width: int, limit: int) -> list[str]:
    """Wrap `text` to lines no wider than `width` pixels; the last kept line ends in "…"."""
    words, lines, current = text.split(), [], ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if draw.textlength(candidate, font=typeface) <= width or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    if len(lines) > limit:
        lines = lines[:limit]
        last = lines[-1]
        while last and draw.textlength(last + " …", font=typeface) > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + " …"
    return lines


def _title_font(draw, title: str):
    """The largest title size at which the title fits in three lines."""
    for size in (68, 60, 52, 46):
        typeface = font(size, bold=True)
        if len(_lines(draw, title, typeface=typeface, width=WIDTH - 160, limit=99)) <= 3:
            return typeface
    return font(46, bold=True)


def _paste_logo(canvas, logo) -> bool:
    try:
        with Image.open(logo) as opened:
            picture = opened.convert("RGBA")
    except (OSError, ValueError):
        logger.warning("Share cards: the organisation's logo could not be read.", exc_info=True)
        return False
    picture.thumbnail((LOGO_BOX - 20, LOGO_BOX - 20))
    tile = Image.new("RGBA", (LOGO_BOX, LOGO_BOX), (*PAPER, 255))
    tile.alpha_composite(
        picture, ((LOGO_BOX - picture.width) // 2, (LOGO_BOX - picture.height) // 2)
    )
    canvas.paste(tile.convert("RGB"), (WIDTH - 80 - LOGO_BOX, HEIGHT - 60 - LOGO_BOX))
    return True


def has_dejavu() -> bool:
    return all(
        (FONT_DIRECTORY / name).is_file() for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
    )


def legible(content: CardContent) -> CardContent:
    """Pillow's default font has no Polish letters (they would come out as boxes): without
    DejaVu the card's words are transliterated ("Księgowa" → "Ksiegowa") instead."""
    if has_dejavu():
        return content
    return replace(
        content,
        title=anyascii(content.title),
        kind=anyascii(content.kind),
        organisation=anyascii(content.organisation),
        network=anyascii(content.network),
    )


def render(content: CardContent) -> bytes:
    """The card as PNG bytes."""
    content = legible(content)
    canvas = Image.new("RGB", (WIDTH, HEIGHT), BRAND_DARK)
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((0, 0, WIDTH, 14), fill=ACCENT)
    draw.rectangle((0, HEIGHT - 230, WIDTH, HEIGHT), fill=BRAND)

    kind_font = font(30, bold=True)
    kind = content.kind.upper()
    kind_width = draw.textlength(kind, font=kind_font)
    draw.rounded_rectangle((80, 62, 80 + kind_width + 40, 116), radius=27, fill=ACCENT)
    draw.text((100, 89), kind, font=kind_font, fill=BRAND_DARK, anchor="lm")

    title_font = _title_font(draw, content.title)
    lines = _lines(draw, content.title, typeface=title_font, width=WIDTH - 160, limit=3)
    line_height = title_font.size + 14
    for number, line in enumerate(lines):
        draw.text((80, 150 + number * line_height), line, font=title_font, fill=PAPER)

    has_logo = content.logo is not None and _paste_logo(canvas, content.logo)
    text_width = WIDTH - 160 - (LOGO_BOX + 30 if has_logo else 0)
    organisation_font = font(38, bold=True)
    # The network's own pages name the network in the organisation's place.
    owner = content.organisation or content.network
    organisation = _lines(draw, owner, typeface=organisation_font, width=text_width, limit=2)
    for number, line in enumerate(organisation):
        draw.text((80, HEIGHT - 190 + number * 48), line, font=organisation_font, fill=PAPER)
    if content.organisation:
        draw.text((80, HEIGHT - 60), content.network, font=font(28), fill=SOFT, anchor="ls")

    buffer = BytesIO()
    # optimize=True would save 5 % of the bytes for three times the drawing time.
    canvas.save(buffer, format="PNG")
    return buffer.getvalue()


def revision_of(page) -> int:
    """What a card's URL is keyed by: the live revision (0 for a page published without one,
    as in fixtures built directly in the database)."""
    return page.live_revision_id or 0


def card_path(page) -> str:
    return reverse("share_card", kwargs={"page_id": page.pk, "revision_id": revision_of(page)})


def card_url(page) -> str:
    return absolute_url(card_path(page))


def storage_name(page) -> str:
    return f"share-cards/{page.pk}-{revision_of(page)}.png"


def card_content(page, *, network: str) -> CardContent:
    """What the page's card shows, in the page's language: its kind, its title, the
    organisation it belongs to (none on the network's own pages: the footer names the network)
    and that organisation's logo (an organisation page shows its own)."""
    from pages.models import OrganisationPage
    from pages.models.mixins import ShareCardMixin

    organisation = OrganisationPage.objects.ancestor_of(page).first()
    with_logo = page if isinstance(page, OrganisationPage) else organisation
    with translation.override(page.locale.language_code):
        kind = (
            page.share_card_kind() if isinstance(page, ShareCardMixin) else page.get_verbose_name()
        )
        logo = _logo_file(with_logo.logo) if with_logo is not None and with_logo.logo_id else None
        return CardContent(
            title=page.title,
            kind=str(kind),
            organisation=organisation.title if organisation is not None else "",
            network=network,
            logo=logo,
        )


def _logo_file(image) -> BytesIO | None:
    """The logo as a small PNG rendition; a card without it beats no card."""
    try:
        rendition = image.get_rendition("max-300x300|format-png")
        with rendition.file.open("rb") as handle:
            return BytesIO(handle.read())
    except (OSError, ValueError):
        logger.warning("Share cards: no rendition of logo %s.", image.pk, exc_info=True)
        return None


def card_png(page, *, network: str) -> bytes:
    """The stored card of the page's live revision, drawn and stored on first use."""
    name = storage_name(page)
    if default_storage.exists(name):
        with default_storage.open(name, "rb") as stored:
            return stored.read()
    png = render(card_content(page, network=network))
    default_storage.save(name, ContentFile(png))
    return png
