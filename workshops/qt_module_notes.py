"""The list of the current module's notes that sits beside a module's working area: the facilitator
picks one to turn it into a goal, a criterion or a journey cell. Dragging one carries the note's id."""

from collections.abc import Callable

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout

NOTE_MIME = "application/x-facilitator-note-id"


class ModuleNotes(QListWidget):
    def __init__(self, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)  # wrapped notes stay apart from one another
        self.setSpacing(2)

    def fill(self, session, module_id: str, label: Callable = lambda note: note.text) -> None:
        """Show the module's notes in board order, keeping the one picked picked."""
        current = self.current_note_id()
        self.clear()
        for note in session.notes.values():
            if note.module_id == module_id:
                entry = QListWidgetItem(label(note))
                entry.setData(Qt.ItemDataRole.UserRole, note.id)
                self.addItem(entry)
                if note.id == current:
                    self.setCurrentItem(entry)

    def current_note_id(self) -> str | None:
        entry = self.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None

    def mimeData(self, items) -> QMimeData:  # noqa: N802
        data = QMimeData()
        if items:
            data.setData(NOTE_MIME, items[0].data(Qt.ItemDataRole.UserRole).encode())
        return data

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [NOTE_MIME]


def notes_column(hint: str, notes: ModuleNotes) -> QVBoxLayout:
    """The hint above the list, as a column to put beside the working area."""
    column = QVBoxLayout()
    label = QLabel(hint)
    label.setWordWrap(True)
    column.addWidget(label)
    column.addWidget(notes, 1)
    return column
