"""One sticky note on the board: painted by hand with cached text, cheap even at thousands."""

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QStaticText, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem

from ...model.board_layout import NOTE_H, NOTE_W
from ...model.records import Note
from .. import palette
from ..fonts import family

BADGE = 34.0
PAD = 10.0
FOOT = 26.0  # bottom strip: speaker initials and dots
SIZES = (20, 17, 14, 12)  # text shrinks to fit before it is clipped
DETAIL = 0.3  # below this zoom the text is unreadable anyway: draw only the colours


def _font(px: int, bold: bool = False) -> QFont:
    font = QFont(family())
    font.setPixelSize(px)
    font.setBold(bold)
    return font


class NoteItem(QGraphicsItem):
    def __init__(self, note: Note, letter: str, initials: str, votes_text: str) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.beamer_mode = False  # set while the beamer renders: no selection marks
        self.update_note(note, letter, initials, votes_text)

    def update_note(self, note: Note, letter: str, initials: str, votes_text: str) -> None:
        self.note = note
        self.note_id = note.id
        self.letter = letter
        self.initials = initials
        self.votes_text = votes_text
        self._text, self._font = self._fit(note.text)
        self.setPos(QPointF(note.x, note.y))
        self.setZValue(1.0)
        self.update()

    def _fit(self, text: str) -> tuple[QStaticText, QFont]:
        width = NOTE_W - BADGE - 2 * PAD
        height = NOTE_H - PAD - FOOT
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        for px in SIZES:
            static = QStaticText(text[:2000])  # the box shows a few lines; the rest stays in the model
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.setTextOption(option)
            static.setTextWidth(width)
            font = _font(px)
            static.prepare(font=font)
            if static.size().height() <= height:
                break
        return static, font

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(-3, -3, NOTE_W + 6, NOTE_H + 6)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        colours = palette.current().departments.get(self.note.department.value, palette.current().departments["other"])
        box = QRectF(0, 0, NOTE_W, NOTE_H)
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if lod < DETAIL:  # zoomed far out: two plain rectangles, no text (a 5,000-note overview)
            painter.fillRect(box, QColor(colours.tint))
            painter.fillRect(QRectF(0, 0, BADGE, NOTE_H), QColor(colours.strong))
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colours.tint))
        painter.drawRoundedRect(box, 6, 6)
        painter.setBrush(QColor(colours.strong))
        painter.drawRoundedRect(QRectF(0, 0, BADGE, NOTE_H), 6, 6)
        on_beamer = self.beamer_mode or getattr(widget.parent() if widget else None, "beamer", False)
        selected = bool(option.state & QStyle.StateFlag.State_Selected) and not on_beamer
        if selected:
            painter.setPen(QPen(QColor(palette.current().text), 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(-1, -1, 1, 1), 7, 7)
        painter.setPen(QColor(palette.current().badge_text))
        painter.setFont(_font(20, bold=True))
        painter.drawText(QRectF(0, 6, BADGE, 28), int(Qt.AlignmentFlag.AlignHCenter), self.letter)
        painter.setPen(QColor(palette.current().text))
        painter.setFont(self._font)
        painter.save()
        painter.setClipRect(QRectF(BADGE + PAD, PAD, NOTE_W - BADGE - 2 * PAD, NOTE_H - PAD - FOOT))
        painter.drawStaticText(QPointF(BADGE + PAD, PAD), self._text)
        painter.restore()
        if self._text.size().height() > NOTE_H - PAD - FOOT:  # cut: say so
            painter.drawText(QRectF(NOTE_W - PAD - 30, NOTE_H - FOOT - 22, 30, 22),
                             int(Qt.AlignmentFlag.AlignRight), "…")
        foot = QRectF(BADGE + PAD, NOTE_H - FOOT, NOTE_W - BADGE - 2 * PAD, FOOT - 4)
        painter.setPen(QColor(palette.current().muted_text))
        painter.setFont(_font(15, bold=True))
        if self.initials:
            painter.drawText(foot, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), self.initials)
        if self.votes_text:
            painter.setPen(QColor(palette.current().text))
            painter.drawText(foot, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self.votes_text)

    def text_size(self) -> QSizeF:
        return self._text.size()
