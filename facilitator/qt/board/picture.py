"""The board as the beamer shows it, rendered once per change and reused for every timer tick."""

from PySide6.QtCore import QObject, QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPixmap

from .. import palette
from .scene import BoardScene


class BoardPicture(QObject):
    def __init__(self, scene: BoardScene) -> None:
        super().__init__(scene)
        self.scene = scene
        self._cache: dict[tuple[int, int, float], QPixmap] = {}  # the beamer and its preview differ
        scene.board_changed.connect(self.invalidate)
        scene.changed.connect(lambda _rects: self.invalidate())

    def invalidate(self) -> None:
        self._cache.clear()

    def pixmap(self, size: QSize, ratio: float = 1.0) -> QPixmap:
        key = (size.width(), size.height(), ratio)
        if key not in self._cache:
            pixmap = QPixmap(max(1, round(size.width() * ratio)), max(1, round(size.height() * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(QColor(palette.BACKGROUND))
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            self.scene.render_for_beamer(painter, QRectF(0, 0, size.width(), size.height()))
            painter.end()
            self._cache[key] = pixmap
        return self._cache[key]

    def draw(self, painter: QPainter, target: QRectF) -> None:
        """Paint the board into ``target`` of a beamer-sized canvas."""
        size = QSize(round(target.width()), round(target.height()))
        if size.isEmpty():
            return
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(target.topLeft(), self.pixmap(size, ratio))
