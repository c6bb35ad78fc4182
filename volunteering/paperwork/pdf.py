"""PDF documents (certificate, agreement, record) drawn with fpdf2.

Why fpdf2: it is pure Python and maintained, so `pip install` from pyproject is all a fresh
Debian machine needs (WeasyPrint would also need Pango and its friends from apt). It embeds
TrueType fonts; DejaVu Sans has every Polish letter and comes from Debian's
fonts-dejavu-core, which bin/system-deps already installs for the share cards."""

import logging
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings

from fpdf import FPDF

FONT_DIR = Path(getattr(settings, "SIEC_PDF_FONT_DIR", "/usr/share/fonts/truetype/dejavu"))
FAMILY = "DejaVu"
# fontTools logs every glyph of every subset at INFO: that is noise in the server's log.
logging.getLogger("fontTools").setLevel(logging.WARNING)


@dataclass
class Document:
    title: str
    subtitle: str = ""
    facts: list[tuple[str, str]] = field(default_factory=list)
    paragraphs: list[tuple[str, str]] = field(default_factory=list)
    footer: str = ""


def render(document: Document) -> bytes:
    pdf = FPDF(format="A4")
    pdf.set_title(document.title)
    pdf.add_font(FAMILY, "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font(FAMILY, "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    pdf.set_font(FAMILY, "B", 16)
    pdf.multi_cell(0, 9, document.title, new_x="LMARGIN", new_y="NEXT")
    if document.subtitle:
        pdf.set_font(FAMILY, "", 10)
        pdf.multi_cell(0, 6, document.subtitle, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for label, value in document.facts:
        pdf.set_font(FAMILY, "B", 10)
        pdf.multi_cell(0, 6, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(FAMILY, "", 11)
        pdf.multi_cell(0, 6, value or "–", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    for heading, text in document.paragraphs:
        pdf.ln(2)
        if heading:
            pdf.set_font(FAMILY, "B", 11)
            pdf.multi_cell(0, 6, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(FAMILY, "", 10)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    if document.footer:
        pdf.ln(6)
        pdf.set_font(FAMILY, "", 9)
        pdf.multi_cell(0, 5, document.footer, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
