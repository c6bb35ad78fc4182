"""Demo logos drawn locally with Pillow, so the demo needs no downloads."""

from io import BytesIO

from django.core.files.images import ImageFile

from wagtail.images import get_image_model

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

SIZE = 320


def _font(size: int):
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow without FreeType sizing
        return ImageFont.load_default()


def draw_logo(*, initials: str, colour: str) -> bytes:
    canvas = PILImage.new("RGB", (SIZE, SIZE), colour)
    draw = ImageDraw.Draw(canvas)
    font = _font(120)
    box = draw.textbbox((0, 0), initials, font=font)
    width, height = box[2] - box[0], box[3] - box[1]
    draw.text(
        ((SIZE - width) / 2 - box[0], (SIZE - height) / 2 - box[1]),
        initials,
        fill="white",
        font=font,
    )
    buffer = BytesIO()
    canvas.save(buffer, format="PNG")
    return buffer.getvalue()


def get_or_create_logo(*, title: str, initials: str, colour: str, collection):
    Image = get_image_model()
    existing = Image.objects.filter(title=title, collection=collection).first()
    if existing:
        return existing
    content = draw_logo(initials=initials, colour=colour)
    return Image.objects.create(
        title=title,
        collection=collection,
        file=ImageFile(BytesIO(content), name=f"{initials.lower()}-logo.png"),
    )
