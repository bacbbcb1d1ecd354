"""The board on the beamer: a read-only view of the shared scene, fitted to what the room should see.

A view (rather than a rendered picture) repaints only what changed: a new note costs its own
rectangle, not the whole board."""

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QTransform
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from .. import palette
from .scene import BoardScene

MAX_SCALE = 1.6  # a handful of notes is shown large, but not absurdly so


class BeamerBoardView(QGraphicsView):
    beamer = True  # note items leave out selection marks in this view
    painted = Signal()  # after each repaint (for the latency benchmark)

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.board = scene
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setInteractive(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setBackgroundBrush(QColor(palette.current().background))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self._source = QRectF()
        scene.board_changed.connect(self.refit)

    def set_theme_background(self, colour: str) -> None:
        self.setBackgroundBrush(QColor(colour))
        self.viewport().update()

    def source_rect(self) -> QRectF:
        source = self.board.focus if self.board.focus is not None else self.board.content_rect()
        return QRectF(source)

    def refit(self) -> None:
        """Fit the board (or the console's zoom region) when it no longer matches; else leave the
        transform alone so adding a note repaints only that note."""
        source = self.source_rect()
        if source.isEmpty() or self.viewport().width() < 2:
            return
        if source == self._source:
            return
        self._source = source
        scale = min(self.viewport().width() / source.width(), self.viewport().height() / source.height(), MAX_SCALE)
        self.setTransform(QTransform.fromScale(scale, scale))
        visible_h = self.viewport().height() / scale
        centre = source.center()
        if self.board.focus is None:  # the whole board: keep it at the top of the content area
            centre.setY(source.top() + visible_h / 2)
        self.setSceneRect(QRectF(source.united(QRectF(centre.x() - self.viewport().width() / scale / 2,
                                                     centre.y() - visible_h / 2,
                                                     self.viewport().width() / scale, visible_h))))
        self.centerOn(centre)

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        self.painted.emit()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._source = QRectF()
        self.refit()
