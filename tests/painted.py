"""What a beamer painter really draws: every text with its font size and box, recorded by a QPainter
whose drawText is watched (our painters call it from Python, so the override sees each call)."""

from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter


@dataclass(frozen=True)
class Drawn:
    text: str
    px: int
    rect: QRectF


class RecordingPainter(QPainter):
    def __init__(self, device) -> None:
        super().__init__(device)
        self.drawn: list[Drawn] = []

    def drawText(self, *args):  # noqa: N802 (Qt's name)
        rect = next((QRectF(a) for a in args if hasattr(a, "width")), QRectF())
        text = next((a for a in args if isinstance(a, str)), "")
        self.drawn.append(Drawn(text, self.font().pixelSize(), rect))
        return super().drawText(*args)


def painted_texts(paint, width: int, height: int) -> tuple[list[Drawn], object]:
    """Run ``paint(painter, width, height)``; return the texts it drew and what it returned."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = RecordingPainter(image)
    result = paint(painter, width, height)
    painter.end()
    return painter.drawn, result
