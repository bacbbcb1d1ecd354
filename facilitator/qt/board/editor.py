"""Edit a note's text in place: a text box over the note; Enter keeps, Esc cancels.

The edit becomes one operation when editing ends, so undo takes back the whole edit at once."""

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ...model.types import MAX_TEXT


class NoteEditor(QPlainTextEdit):
    finished = Signal(str, str)  # note id, new text
    cancelled = Signal()

    def __init__(self, parent: QWidget, note_id: str, text: str) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self.note_id = note_id
        self.original = text
        self.setPlainText(text)
        self.selectAll()
        self._done = False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        newline = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)  # Shift+Enter: a new line
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not newline:
            self.commit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:  # our keys, not the app's shortcuts
            event.accept()
        return super().event(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        self.commit()  # clicking elsewhere keeps the text, as on paper
        super().focusOutEvent(event)

    def commit(self) -> None:
        if self._done:
            return
        self._done = True
        text = self.toPlainText()[:MAX_TEXT]
        if text != self.original and text.strip():
            self.finished.emit(self.note_id, text)
        else:
            self.cancelled.emit()
        self.deleteLater()

    def cancel(self) -> None:
        if not self._done:
            self._done = True
            self.cancelled.emit()
            self.deleteLater()
