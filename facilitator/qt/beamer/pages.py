"""A long list on the beamer, page by page: every line wrapped whole at body size (never cut with
"…"); what does not fit goes to the next page, and "page 2 of 3" says there is more.

Which page the room sees is a number the facilitator moves (Ctrl+PgDn / Ctrl+PgUp); it wraps
around, because how many pages there are depends on the size of the screen painted on."""

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from .. import palette
from ..fonts import family

HEADING = "## "
PAGE_OF = QT_TRANSLATE_NOOP("Room", "page {0} of {1}")
FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


@dataclass(frozen=True)
class Placed:
    text: str
    rect: QRectF
    px: float
    bold: bool
    muted: bool = False


def _font(px: float, bold: bool) -> QFont:
    font = QFont(family())
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


def _pieces(text: str, metrics: QFontMetricsF, width: float, height: float) -> list[str]:
    """``text`` split at words into parts that each fit ``height`` (only a line taller than a page
    is split; the rest stay whole)."""
    if _height(text, metrics, width) <= height:
        return [text]
    parts, current = [], ""
    for word in text.split(" "):
        trial = f"{current} {word}" if current else word
        if current and _height(trial, metrics, width) > height:
            parts.append(current)
            current = word
        else:
            current = trial
    return [*parts, current] if current else parts


def _height(text: str, metrics: QFontMetricsF, width: float) -> float:
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), FLAGS, text).height()


def paginate(lines: list[str], area: QRectF, body_px: float, page_of: str = PAGE_OF) -> list[list[Placed]]:
    """Every line placed in ``area`` (each page keeps its last row for "page x of y")."""
    footer = body_px * 1.5
    usable = max(body_px * 2, area.height() - footer)
    pages: list[list[Placed]] = [[]]
    y = area.top()
    for line in lines:
        bold = line.startswith(HEADING)
        text = line[len(HEADING):] if bold else line
        metrics = QFontMetricsF(_font(body_px, bold))
        gap = metrics.lineSpacing() * (0.45 if bold and pages[-1] else 0.15)
        for piece in _pieces(text, metrics, area.width(), usable):
            height = _height(piece, metrics, area.width())
            top = y + (gap if pages[-1] else 0)
            if pages[-1] and top + height > area.top() + usable:
                pages.append([])
                top = area.top()
            pages[-1].append(Placed(piece, QRectF(area.left(), top, area.width(), height), body_px, bold))
            y = top + height
            gap = metrics.lineSpacing() * 0.15
    count = len(pages)
    if count > 1:
        for number, page in enumerate(pages, start=1):
            label = page_of.format(number, count)
            rect = QRectF(area.left(), area.bottom() - footer + body_px * 0.3, area.width(), footer - body_px * 0.3)
            page.append(Placed(label, rect, body_px, bold=False, muted=True))
    return pages


def paint_pages(painter: QPainter, area: QRectF, lines: list[str], page: int, body_px: float,
                page_of: str = PAGE_OF) -> tuple[int, int]:
    """Paint page ``page`` (modulo the page count); returns (shown page index, page count)."""
    pages = paginate(lines, area, body_px, page_of)
    shown = page % len(pages)
    theme = palette.current()
    for placed in pages[shown]:
        painter.setFont(_font(placed.px, placed.bold))
        painter.setPen(QColor(theme.muted_text if placed.muted else theme.text))
        flags = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop) if placed.muted else FLAGS
        painter.drawText(placed.rect, flags, placed.text)
    return shown, len(pages)
