"""The live thumbnail of the beamer in the console: the same painting, scaled down."""

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..board.scene import BoardScene
from ..room import RoomController
from .painter import paint_room

REFERENCE = QSize(1920, 1080)  # painted at beamer size, then scaled, so it looks exactly alike


class BeamerPreview(QWidget):
    def __init__(self, room: RoomController, board: BoardScene, parent: QWidget | None = None,
                 views=None) -> None:
        super().__init__(parent)
        self.room = room
        self.board = board
        self.views = views
        # A thumbnail need not follow every keystroke: coalesce board changes into one repaint.
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(150)
        self._pending.timeout.connect(self.update)
        board.changed.connect(lambda _rects: self._pending.start())
        board.board_changed.connect(self._pending.start)
        self.reference = REFERENCE
        self.setMinimumSize(240, 135)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        room.frame_changed.connect(self.update)

    def set_reference(self, size: QSize) -> None:
        """Match the aspect of the real beamer screen."""
        if size.width() > 0 and size.height() > 0:
            self.reference = QSize(size)
            self.updateGeometry()
            self.update()

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return round(width * self.reference.height() / self.reference.width())

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(384, self.heightForWidth(384))

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        w = self.width()
        h = self.heightForWidth(w)
        if h > self.height():
            h = self.height()
            w = round(h * self.reference.width() / self.reference.height())
        painter.translate((self.width() - w) / 2, (self.height() - h) / 2)
        scale = w / self.reference.width()
        painter.save()
        painter.scale(scale, scale)
        painter.setClipRect(0, 0, self.reference.width(), self.reference.height())
        paint_room(painter, self.reference.width(), self.reference.height(), self.room,
                   self.board.render_for_beamer, self.views)
        painter.restore()
        painter.setPen(QPen(QColor("#808080")))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(0, 0, w - 1, h - 1)
        painter.end()
