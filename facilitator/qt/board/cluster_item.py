"""A named cluster: a soft frame behind its notes, with the name above them."""

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from .. import palette
from ..fonts import family

MARGIN = 16.0
LABEL = 34.0


class ClusterItem(QGraphicsItem):
    def __init__(self, group_id: str, name: str) -> None:
        super().__init__()
        self.group_id = group_id
        self.name = name
        self.area = QRectF()
        self.setZValue(0.0)

    def set_members(self, rects: list[QRectF], name: str) -> None:
        self.prepareGeometryChange()
        self.name = name
        area = QRectF()
        for rect in rects:
            area = area.united(rect)
        self.area = area.adjusted(-MARGIN, -MARGIN - LABEL, MARGIN, MARGIN) if rects else QRectF()
        self.setVisible(bool(rects))
        self.update()

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
        label = QRectF(self.area.left() + 12, self.area.top() + 4, self.area.width() - 24, LABEL)
        text = QFontMetricsF(font).elidedText(self.name, Qt.TextElideMode.ElideRight, label.width())
        painter.drawText(label, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
