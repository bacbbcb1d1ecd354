"""Colours for the room, chosen for a washed-out beamer and colour-blind viewers.

Departments are blue, vermillion and charcoal: a trio that stays apart for protan, deutan and
tritan vision alike (a green would merge with the blue for tritanopes), darkened until white text
on them and dark text on their tints both reach 7:1. Colour never stands alone: every department
also shows its letter. Pure Python, so the contrast rules are testable without Qt.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class DepartmentColours:
    strong: str  # badge background, white letter on it
    tint: str    # card background, dark text on it


DEPARTMENTS = {
    "marketing": DepartmentColours(strong="#004E7C", tint="#CFE3F5"),
    "sales": DepartmentColours(strong="#8F3600", tint="#F9D7C4"),
    "joint": DepartmentColours(strong="#3F3F46", tint="#E2E2E6"),
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


# Machado, Oliveira & Fernandes (2009), full-severity simulation matrices in linear RGB.
CVD_MATRICES = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}


def _linear(colour: str) -> tuple[float, float, float]:
    hexa = colour.lstrip("#")
    return tuple(_channel(int(hexa[i:i + 2], 16) / 255) for i in (0, 2, 4))  # type: ignore[return-value]


def _lab(rgb: tuple[float, float, float]) -> tuple[float, float, float]:
    r, g, b = (min(1.0, max(0.0, c)) for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    f = [t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in (x, y, z)]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


def difference(a: str, b: str, vision: str | None = None) -> float:
    """CIE76 colour difference (ΔE) between two colours, as seen with ``vision`` (None: typical)."""
    def seen(colour: str) -> tuple[float, float, float]:
        rgb = _linear(colour)
        if vision is None:
            return rgb
        m = CVD_MATRICES[vision]
        return tuple(sum(m[i][j] * rgb[j] for j in range(3)) for i in range(3))  # type: ignore[return-value]

    la, lb = _lab(seen(a)), _lab(seen(b))
    return sum((p - q) ** 2 for p, q in zip(la, lb, strict=True)) ** 0.5
