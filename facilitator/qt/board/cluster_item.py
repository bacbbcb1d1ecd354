"""A named cluster: a soft frame behind its notes, with the name above them."""

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from ...model.board_geometry import title_rect
from .. import palette
from ..fonts import family


class ClusterItem(QGraphicsItem):
    def __init__(self, group_id: str, name: str) -> None:
        super().__init__()
        self.group_id = group_id
        self.name = name
        self.area = QRectF()
        self.setZValue(0.0)

    def set_frame(self, frame: QRectF | None, name: str) -> None:
        """Show the frame the board layout placed (None: no members on show, nothing drawn)."""
        self.prepareGeometryChange()
        self.name = name
        self.area = QRectF(frame) if frame is not None else QRectF()
        self.setVisible(frame is not None)
        self.update()

    def title_area(self) -> QRectF:
        """Where the name is written: the strip the core keeps clear of other clusters' titles."""
        area = self.area
        left, top, right, bottom = title_rect((area.left(), area.top(), area.right(), area.bottom()))
        return QRectF(left, top, right - left, bottom - top)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self.area.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self.area.isEmpty():
            return
        painter.setPen(QPen(QColor(palette.current().muted_text), 2, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(0, 0, 0, 12))
        painter.drawRoundedRect(self.area, 12, 12)
        font = QFont(family())
        font.setPixelSize(24)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(palette.current().text))
        label = self.title_area()
        text = QFontMetricsF(font).elidedText(self.name, Qt.TextElideMode.ElideRight, label.width())
        painter.drawText(label, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
