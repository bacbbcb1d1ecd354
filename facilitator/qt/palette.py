"""Colours for the room, chosen for a washed-out beamer and colour-blind viewers, in three themes.

Departments are blue, vermillion and charcoal: a trio that stays apart for protan, deutan and
tritan vision alike (a green would merge with the blue for tritanopes), darkened until white text
on them and dark text on their tints both reach 7:1. Colour never stands alone: every department
also shows its letter. Pure Python, so the contrast rules are testable without Qt.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class DepartmentColours:
    strong: str  # badge background, the letter on it in ``Theme.badge_text``
    tint: str    # card background, ``Theme.text`` on it


@dataclass(frozen=True)
class Theme:
    """Everything the beamer (and the board) paints with. Light for a bright room, dark for a dim
    one, high contrast for a weak projector."""

    name: str
    background: str
    text: str
    muted_text: str
    badge_text: str
    timer: dict[str, str]          # idle, normal, warning, overtime
    departments: dict[str, DepartmentColours]
    blackout: str = "#000000"


LIGHT = Theme(
    name="light", background="#FAFAF7", text="#141414", muted_text="#4A4A4A", badge_text="#FFFFFF",
    timer={"idle": "#141414", "normal": "#141414", "warning": "#7A4A00", "overtime": "#A10000"},
    departments={
        "marketing": DepartmentColours(strong="#004E7C", tint="#CFE3F5"),
        "sales": DepartmentColours(strong="#8F3600", tint="#F9D7C4"),
        "joint": DepartmentColours(strong="#3F3F46", tint="#E2E2E6"),
        "other": DepartmentColours(strong="#4A4A4A", tint="#ECECEC"),
    },
)
DARK = Theme(
    name="dark", background="#121417", text="#F2F2F2", muted_text="#C8C8C8", badge_text="#000000",
    timer={"idle": "#F2F2F2", "normal": "#F2F2F2", "warning": "#FFC857", "overtime": "#FF8A80"},
    departments={
        "marketing": DepartmentColours(strong="#7CC4F5", tint="#14324A"),
        "sales": DepartmentColours(strong="#FFA47A", tint="#4A2412"),
        "joint": DepartmentColours(strong="#D0D0D8", tint="#2E2E34"),
        "other": DepartmentColours(strong="#B0B0B0", tint="#26262A"),
    },
)
CONTRAST = Theme(
    name="contrast", background="#000000", text="#FFFFFF", muted_text="#FFFFFF", badge_text="#000000",
    timer={"idle": "#FFFFFF", "normal": "#FFFFFF", "warning": "#FFD400", "overtime": "#FF6B6B"},
    departments={
        "marketing": DepartmentColours(strong="#66C2FF", tint="#001A33"),
        "sales": DepartmentColours(strong="#FF9955", tint="#331100"),
        "joint": DepartmentColours(strong="#FFFFFF", tint="#1A1A1A"),
        "other": DepartmentColours(strong="#BBBBBB", tint="#111111"),
    },
)
THEMES = {theme.name: theme for theme in (LIGHT, DARK, CONTRAST)}
_current = LIGHT


def current() -> Theme:
    return _current


def use(name: str) -> Theme:
    """Switch the beamer's theme; unknown names fall back to light."""
    global _current
    _current = THEMES.get(name, LIGHT)
    return _current


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


def text_pairs(theme: Theme = LIGHT) -> list[tuple[str, str, str]]:
    """Every (what, text colour, background) pair the beamer draws text with."""
    pairs = [("text", theme.text, theme.background), ("muted", theme.muted_text, theme.background)]
    pairs += [(f"timer {k}", v, theme.background) for k, v in theme.timer.items()]
    for name, colours in theme.departments.items():
        pairs += [(f"{name} letter", theme.badge_text, colours.strong), (f"{name} card", theme.text, colours.tint)]
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
