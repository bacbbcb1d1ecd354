"""Colours for the room, chosen for a washed-out beamer and colour-blind viewers.

Departments use the Okabe-Ito hues (blue, vermillion, bluish green) darkened until white text on
them and dark text on their tints both reach 7:1. Colour never stands alone: every department
also shows its letter. Pure Python, so the contrast rules are testable without Qt.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class DepartmentColours:
    strong: str  # badge background, white letter on it
    tint: str    # card background, dark text on it


DEPARTMENTS = {
    "marketing": DepartmentColours(strong="#004E7C", tint="#DDEBF7"),
    "sales": DepartmentColours(strong="#8F3600", tint="#FBE3D6"),
    "joint": DepartmentColours(strong="#005C43", tint="#D5EFE6"),
    "other": DepartmentColours(strong="#4A4A4A", tint="#ECECEC"),
}

BACKGROUND = "#FAFAF7"
TEXT = "#141414"
MUTED_TEXT = "#4A4A4A"
BADGE_TEXT = "#FFFFFF"
TIMER = {"idle": TEXT, "normal": TEXT, "warning": "#7A4A00", "overtime": "#A10000"}
BLACKOUT = "#000000"


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """Relative luminance as WCAG defines it."""
    hexa = colour.lstrip("#")
    r, g, b = (int(hexa[i:i + 2], 16) / 255 for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_pairs() -> list[tuple[str, str, str]]:
    """Every (what, text colour, background) pair the beamer draws text with."""
    pairs = [("text", TEXT, BACKGROUND), ("muted", MUTED_TEXT, BACKGROUND)]
    pairs += [(f"timer {k}", v, BACKGROUND) for k, v in TIMER.items()]
    for name, colours in DEPARTMENTS.items():
        pairs += [(f"{name} letter", BADGE_TEXT, colours.strong), (f"{name} card", TEXT, colours.tint)]
    return pairs
