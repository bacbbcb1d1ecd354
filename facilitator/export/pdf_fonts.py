"""Embedded fonts for the PDF, and making any text safe to put in a reportlab Paragraph."""

from functools import cache
from xml.sax.saxutils import escape

from ..paths import FONTS

REGULAR, BOLD = "DejaVuSans", "DejaVuSans-Bold"
MISSING = "□"  # a visible placeholder for a character the embedded font cannot draw


@cache
def register() -> frozenset[int]:
    """Register DejaVu Sans (regular + bold) once; returns the code points it can draw."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    regular = TTFont(REGULAR, str(FONTS / "DejaVuSans.ttf"))
    pdfmetrics.registerFont(regular)
    pdfmetrics.registerFont(TTFont(BOLD, str(FONTS / "DejaVuSans-Bold.ttf")))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    # reportlab's drawings and table cells start from Helvetica, which is never embedded: an archival
    # (PDF/A) file may not carry it, so they start from our embedded font instead.
    from reportlab.graphics import shapes
    from reportlab.platypus import tables

    shapes.STATE_DEFAULTS["fontName"] = REGULAR
    tables.CellStyle.fontname = REGULAR
    return frozenset(regular.face.charToGlyph)


def safe(text: str, limit: int | None = None) -> str:
    """Text for a Paragraph: markup characters escaped, unknown glyphs replaced, line breaks kept.

    reportlab parses its own mini markup; a note saying '<b>' or 'R&D' must appear literally.
    """
    drawable = register()
    text = text if limit is None else (text[:limit] + "…" if len(text) > limit else text)
    # Characters beyond the Basic Multilingual Plane (emoji) are mangled by reportlab's TrueType
    # subsetting even where a font has them, so they get the placeholder too.
    cleaned = "".join(c if ((ord(c) in drawable and ord(c) <= 0xFFFF) or c in "\n\t") else MISSING
                      for c in text.replace("\x00", ""))
    return escape(cleaned).replace("\n", "<br/>")
