"""What the back row can read: sizes at 1920x1080, contrast, and layouts from 1024x768 to 4K."""

import pytest
from factories import HOSTILE
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

from facilitator.qt import palette
from facilitator.qt.app import application
from facilitator.qt.beamer.frame import BeamerFrame, Count
from facilitator.qt.beamer.painter import layout, paint
from facilitator.qt.fonts import family


@pytest.fixture(autouse=True)
def app():
    return application()


def frame(**fields) -> BeamerFrame:
    base = dict(title="Waar schuurt het tussen marketing en verkoop?", prompt="Eén punt per geeltje, met een voorbeeld.",
                timer_text="24:58", timer_phase="normal", position="3 / 8", placeholder="Jullie inbreng verschijnt hier.")
    return BeamerFrame(**{**base, **fields})


def render(width: int, height: int, f: BeamerFrame) -> tuple[QImage, object]:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    box = paint(painter, width, height, f)
    painter.end()
    return image, box


def test_body_text_is_at_least_28_px_and_timer_digits_at_least_120_px_at_1080p():
    box = layout(1920, 1080)
    assert min(box.px["body"], box.px["small"], box.px["prompt"], box.px["title"]) >= 28
    font = QFont(family())
    font.setPixelSize(round(box.px["timer"]))
    font.setBold(True)
    digits = QFontMetricsF(font).tightBoundingRect("0123456789")
    assert digits.height() >= 120, digits.height()


def test_timer_pixels_really_are_that_tall_on_the_rendered_beamer():
    image, box = render(1920, 1080, frame(timer_text="88:88"))
    dark = QColor(palette.LIGHT.text).rgb()
    rows = [y for y in range(int(box.timer.top()), int(box.timer.bottom()))
            if any(image.pixel(x, y) == dark for x in range(int(box.timer.left()), int(box.timer.right()), 2))]
    assert rows and rows[-1] - rows[0] >= 120


@pytest.mark.parametrize("theme", sorted(palette.THEMES))
def test_every_text_colour_has_at_least_7_to_1_contrast_in_every_theme(theme):
    for what, text, background in palette.text_pairs(palette.THEMES[theme]):
        assert palette.contrast(text, background) >= 7.0, (theme, what)


@pytest.mark.parametrize("theme", sorted(palette.THEMES))
@pytest.mark.parametrize("vision", [None, "protanopia", "deuteranopia", "tritanopia"])
def test_departments_stay_apart_for_colour_blind_viewers(theme, vision):
    colours = palette.THEMES[theme].departments
    departments = ("marketing", "sales", "joint")
    for i, a in enumerate(departments):
        for b in departments[i + 1:]:
            strong = palette.difference(colours[a].strong, colours[b].strong, vision)
            tint = palette.difference(colours[a].tint, colours[b].tint, vision)
            assert strong >= 20 and tint >= 8, (theme, vision, a, b, strong, tint)


def test_themes_switch_what_is_painted():
    try:
        palette.use("dark")
        image, _ = render(320, 180, frame())
        assert QColor(image.pixel(2, 2)).name().upper() == palette.DARK.background
    finally:
        palette.use("light")


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720), (1920, 1080), (3840, 2160)])
def test_layout_holds_from_xga_to_4k(size):
    width, height = size
    box = layout(width, height)
    canvas = QRectF(0, 0, width, height)
    for rect in (box.title, box.prompt, box.timer, box.content, box.footer):
        assert canvas.contains(rect), rect
    assert not box.title.intersects(box.timer)
    assert not box.prompt.intersects(box.timer)
    assert box.content.height() > 0.45 * height
    assert not box.content.intersects(box.footer)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_paints_without_error(text):
    image, _ = render(1280, 720, frame(title=text, prompt=text, placeholder=text))
    assert not image.isNull()


def test_silent_writing_shows_only_the_counts_per_department():
    counts = [Count("marketing", "M", "Marketing", 12), Count("sales", "V", "Verkoop", 9), Count("joint", "G", "Samen", 3)]
    image, box = render(1920, 1080, frame(hidden_counts=counts))
    tints = {palette.LIGHT.departments[d].tint for d in ("marketing", "sales", "joint")}
    seen = {QColor(image.pixel(x, int(box.content.center().y()))).name().upper() for x in range(0, 1920, 8)}
    assert {t.upper() for t in tints} <= seen, "three department boxes are painted"


def test_blackout_is_black():
    image, _ = render(640, 360, frame(blackout=True))
    assert {image.pixel(x, y) for x in range(0, 640, 40) for y in range(0, 360, 40)} == {QColor("#000000").rgb()}


def test_flash_inverts_the_timer_box():
    image, box = render(1920, 1080, frame(flash=True, timer_phase="overtime", timer_text="+0:01"))
    corner = image.pixel(int(box.timer.left()) + 2, int(box.timer.top()) + 2)
    assert corner == QColor(palette.LIGHT.timer["overtime"]).rgb()
