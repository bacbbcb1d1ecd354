"""Load the bundled fonts once, so the beamer looks the same on every laptop."""

from PySide6.QtGui import QFont, QFontDatabase

from ..paths import FONTS

_family: str | None = None


def family() -> str:
    """The bundled sans-serif family (DejaVu Sans), loaded on first use."""
    global _family
    if _family is None:
        families: list[str] = []
        for path in sorted(FONTS.glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families += QFontDatabase.applicationFontFamilies(font_id)
        _family = families[0] if families else "Sans Serif"
    return _family


def font(px: float, bold: bool = False) -> QFont:
    """The bundled family at a pixel size (beamer sizes follow the screen, not the point size)."""
    result = QFont(family())
    result.setPixelSize(max(1, round(px)))
    result.setBold(bold)
    return result
