"""A box to sign in with a mouse, touchpad, touch screen or pen. Strokes are kept scaled to 0..1,
so the signature prints the same in the PDF whatever size the box had on screen."""

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setMinimumSize(420, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.strokes: list[list[tuple[float, float]]] = []
        self._drawing = False

    def clear(self) -> None:
        self.strokes = []
        self.update()
        self.changed.emit()

    def is_empty(self) -> bool:
        return not any(len(stroke) >= 2 for stroke in self.strokes)

    def _point(self, position: QPointF) -> tuple[float, float]:
        x = min(1.0, max(0.0, position.x() / max(1, self.width())))
        y = min(1.0, max(0.0, position.y() / max(1, self.height())))
        return round(x, 4), round(y, 4)

    def begin(self, position: QPointF) -> None:
        self._drawing = True
        self.strokes.append([self._point(position)])
        self.update()

    def extend(self, position: QPointF) -> None:
        if self._drawing:
            point = self._point(position)
            if point != self.strokes[-1][-1]:
                self.strokes[-1].append(point)
                self.update()

    def end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    # Mouse covers touchpads and (synthesised) touch; tablet events carry pens.
    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.begin(event.position())

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        self.extend(event.position())

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        self.end()

    def tabletEvent(self, event) -> None:  # noqa: N802
        kind = event.type()
        if kind == event.Type.TabletPress:
            self.begin(event.position())
        elif kind == event.Type.TabletMove:
            self.extend(event.position())
        elif kind == event.Type.TabletRelease:
            self.end()
        event.accept()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        painter.setPen(QPen(QColor("#B8B8B8"), 1, Qt.PenStyle.DashLine))
        baseline = self.height() * 0.75
        painter.drawLine(QPointF(12, baseline), QPointF(self.width() - 12, baseline))
        painter.setPen(QPen(QColor("#0B2A6F"), 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        for stroke in self.strokes:
            if not stroke:
                continue
            path = QPainterPath(QPointF(stroke[0][0] * self.width(), stroke[0][1] * self.height()))
            for x, y in stroke[1:]:
                path.lineTo(x * self.width(), y * self.height())
            painter.drawPath(path)
        painter.end()
