"""Paint a BeamerFrame at any size. Sizes scale with the canvas height so that at 1080 px the
body text is at least 28 px and the timer digits at least 120 px tall; widths follow the
canvas width so 4:3 projectors and 4K screens keep the same calm layout."""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from .. import palette
from ..fonts import family
from .frame import BeamerFrame, Count
from .pages import paint_pages

# Fractions of the canvas height.
MARGIN = 0.045
TITLE = 0.050
PROMPT = 0.036
BODY = 0.028
SMALL = 0.027
TIMER = 0.160


@dataclass(frozen=True)
class Layout:
    title: QRectF
    prompt: QRectF
    timer: QRectF
    content: QRectF
    footer: QRectF
    px: dict[str, float]


def layout(width: float, height: float, with_timer: bool = True) -> Layout:
    m = MARGIN * height
    px = {k: v * height for k, v in
          {"title": TITLE, "prompt": PROMPT, "body": BODY, "small": SMALL, "timer": TIMER}.items()}
    timer_w = min(0.36 * width, 4.2 * px["timer"])
    timer = QRectF(width - m - timer_w, m * 0.6, timer_w, px["timer"] * 1.15)
    title_right = timer.left() - m if with_timer else width - m
    title = QRectF(m, m, max(10.0, title_right - m), px["title"] * 1.3)
    prompt = QRectF(m, title.bottom() + 0.3 * m, title.width(), px["prompt"] * 1.3 * 3)
    top = max(prompt.bottom(), timer.bottom()) + 0.5 * m
    footer = QRectF(m, height - m - px["small"] * 1.3, width - 2 * m, px["small"] * 1.3)
    content = QRectF(m, top, width - 2 * m, max(0.0, footer.top() - top - 0.4 * m))
    return Layout(title, prompt, timer, content, footer, px)


def _font(px: float, bold: bool = False) -> QFont:
    font = QFont(family())
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


def paint(painter: QPainter, width: float, height: float, frame: BeamerFrame,
          board: Callable[[QPainter, QRectF], None] | None = None) -> Layout:
    """Draw ``frame`` into a width x height canvas; ``board`` paints the module's board into the
    content area. Returns the layout used (for tests)."""
    box = layout(width, height, with_timer=bool(frame.timer_text))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    if frame.blackout:
        painter.fillRect(QRectF(0, 0, width, height), QColor(palette.current().blackout))
        return box
    painter.fillRect(QRectF(0, 0, width, height), QColor(palette.current().background))
    if frame.welcome:
        _welcome(painter, width, height, frame, box)
        return box
    _text(painter, box.title, frame.title, _font(box.px["title"], bold=True), palette.current().text, elide=True)
    _text(painter, box.prompt, frame.prompt, _font(box.px["prompt"]), palette.current().text, wrap=True)
    _timer(painter, box, frame)
    if frame.lines:
        paint_pages(painter, box.content, frame.lines, frame.page, box.px["body"], frame.page_of)
    elif frame.hidden_counts:
        _counts(painter, box.content, frame.hidden_counts, box.px["body"])
    elif frame.board and board is not None:
        board(painter, box.content)
    elif frame.placeholder:
        _text(painter, box.content, frame.placeholder, _font(box.px["body"]), palette.current().muted_text,
              wrap=True, align=Qt.AlignmentFlag.AlignCenter)
    _text(painter, box.footer, frame.position, _font(box.px["small"]), palette.current().muted_text,
          align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return box


def _welcome(painter: QPainter, width: float, height: float, frame: BeamerFrame, box: Layout) -> None:
    """Before the first module: the workshop's title, centred and calm, with who and when."""
    m = MARGIN * height
    centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
    title = QRectF(m * 2, height * 0.22, width - 4 * m, height * 0.30)
    theme = palette.current()
    _text(painter, title, frame.title, _font(0.075 * height, bold=True), theme.text, wrap=True, align=centre)
    below = QRectF(m * 2, title.bottom() + m, width - 4 * m, height * 0.20)
    _text(painter, below, frame.prompt, _font(box.px["prompt"]), palette.current().muted_text, wrap=True,
          align=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    _text(painter, box.footer, frame.placeholder, _font(box.px["small"]), palette.current().muted_text,
          align=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)


def _text(painter: QPainter, rect: QRectF, text: str, font: QFont, colour: str, *, wrap: bool = False,
          elide: bool = False, align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) -> None:
    if not text or rect.width() <= 0 or rect.height() <= 0:
        return
    painter.setFont(font)
    painter.setPen(QColor(colour))
    metrics = QFontMetricsF(font)
    if elide:
        text = metrics.elidedText(text.replace("\n", " "), Qt.TextElideMode.ElideRight, rect.width())
    if wrap:
        text = _clip_lines(text, metrics, rect)
        align = align | Qt.TextFlag.TextWordWrap
    painter.drawText(rect, int(align), text)


def _clip_lines(text: str, metrics: QFontMetricsF, rect: QRectF) -> str:
    """Keep as many wrapped lines as fit in ``rect``; end with an ellipsis if text was cut."""
    lines = max(1, int(rect.height() // metrics.lineSpacing()))
    flags = int(Qt.TextFlag.TextWordWrap)
    if metrics.boundingRect(QRectF(0, 0, rect.width(), 1e6), flags, text).height() <= rect.height() + 1:
        return text
    words, kept = text.split(), ""
    for word in words:
        trial = f"{kept} {word}".strip()
        needed = metrics.boundingRect(QRectF(0, 0, rect.width(), 1e6), flags, trial + " …").height()
        if needed > lines * metrics.lineSpacing() + 1:
            break
        kept = trial
    return (kept or metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())) + " …"


def _timer(painter: QPainter, box: Layout, frame: BeamerFrame) -> None:
    if not frame.timer_text:
        return
    colour = palette.current().timer.get(frame.timer_phase, palette.current().text)
    background = None
    if frame.flash:  # time is up: the timer box inverts, visible even with the sound off
        background, colour = colour, palette.current().background
    if background:
        painter.fillRect(box.timer, QColor(background))
    font = _font(box.px["timer"], bold=True)
    font.setStyleHint(QFont.StyleHint.Monospace)
    _text(painter, box.timer, frame.timer_text, font, colour,
          align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _counts(painter: QPainter, area: QRectF, counts: list[Count], body_px: float) -> None:
    """Silent writing: per department only how many notes there are, big and calm."""
    gap = 1.5 * body_px
    width = (area.width() - gap * (len(counts) - 1)) / len(counts)
    height = min(area.height() * 0.7, 9 * body_px)
    top = area.top() + (area.height() - height) / 2
    for i, count in enumerate(counts):
        colours = palette.current().departments[count.department]
        rect = QRectF(area.left() + i * (width + gap), top, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colours.tint))
        painter.drawRoundedRect(rect, body_px * 0.4, body_px * 0.4)
        badge = QRectF(rect.left(), rect.top(), rect.width(), 2.2 * body_px)
        painter.setBrush(QColor(colours.strong))
        painter.drawRoundedRect(badge, body_px * 0.4, body_px * 0.4)
        label = f"{count.letter} · {count.label}"
        _text(painter, badge, label, _font(body_px, bold=True), palette.current().badge_text,
              align=Qt.AlignmentFlag.AlignCenter, elide=True)
        number = rect.adjusted(0, badge.height(), 0, 0)
        _text(painter, number, str(count.count), _font(4 * body_px, bold=True), palette.current().text,
              align=Qt.AlignmentFlag.AlignCenter)


def paint_room(painter: QPainter, width: float, height: float, room, board=None, views=None) -> Layout:
    """The beamer picture of the room: the frame, plus the module's own picture when its kind has one
    (then the board and its placeholder stay out of the way)."""
    import dataclasses

    frame = room.frame()
    module = room.session.current_module
    view = views.get(module.kind) if views is not None and module is not None else None
    special = frame.welcome or frame.lines or frame.blackout
    if view is None or view.beamer is None or special:
        return paint(painter, width, height, frame, board)
    box = paint(painter, width, height, dataclasses.replace(frame, board=False, placeholder="", hidden_counts=[]))
    painter.save()
    painter.setClipRect(box.content)
    view.beamer(painter, box.content, room.session, module, room.room_text, box.px["body"])
    painter.restore()
    return box
