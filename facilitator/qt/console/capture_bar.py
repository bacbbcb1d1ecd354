"""Typing notes in the room: text, Enter, and it is on the board and the beamer.

The full capture loop (speakers, board, grouping) is built on top of this in the notes issue;
this bar already covers the basics: the department sticks until changed (F2/F3/F4).
"""

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLineEdit, QPushButton, QWidget

from ...model import Note, NoteDepartment, new_id
from ...model.operations import AddNote
from ...model.types import MAX_TEXT
from ..room import RoomController

DEPARTMENT_KEYS = {NoteDepartment.MARKETING: "F2", NoteDepartment.SALES: "F3", NoteDepartment.JOINT: "F4"}
COLUMNS, CELL_W, CELL_H = 6, 220.0, 140.0


class CaptureBar(QWidget):
    def __init__(self, room: RoomController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room = room
        self.department = NoteDepartment.JOINT
        self.field = QLineEdit()
        self.field.setObjectName("captureField")
        self.field.setMaxLength(MAX_TEXT)
        self.field.returnPressed.connect(self.submit)
        self.field.installEventFilter(self)
        self.group = QButtonGroup(self)
        self.department_buttons: dict[NoteDepartment, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field, 1)
        for department in DEPARTMENT_KEYS:
            button = QPushButton()
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, d=department: self.set_department(d))
            self.group.addButton(button)
            self.department_buttons[department] = button
            layout.addWidget(button)
        self.set_department(self.department)
        self.retranslate()

    def retranslate(self) -> None:
        names = {NoteDepartment.MARKETING: self.tr("Marketing"), NoteDepartment.SALES: self.tr("Sales"),
                 NoteDepartment.JOINT: self.tr("Joint")}
        for department, button in self.department_buttons.items():
            button.setText(f"{names[department]} ({DEPARTMENT_KEYS[department]})")
        self.field.setPlaceholderText(self.tr("Type what is said and press Enter"))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        # An empty field has no typing to undo: let Ctrl+Z / Ctrl+Y reach the session's undo.
        if watched is self.field and event.type() == QEvent.Type.ShortcutOverride and not self.field.text():
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
                event.ignore()
                return True
        return super().eventFilter(watched, event)

    def set_department(self, department: NoteDepartment) -> None:
        self.department = department
        self.department_buttons[department].setChecked(True)

    def submit(self) -> None:
        text = self.field.text()
        module = self.room.session.current_module
        if not text.strip():
            return
        if module is None:
            self.room.error.emit(self.tr("Start a module first: notes belong to a module's board."))
            return
        count = sum(1 for n in self.room.session.notes.values() if n.module_id == module.id)
        row, column = divmod(count, COLUMNS)
        note = Note(id=new_id(), module_id=module.id, text=text, department=self.department,
                    x=column * CELL_W, y=row * CELL_H, created_at=dt.datetime.now(dt.UTC))
        if self.room.run(AddNote(note=note)):
            self.field.clear()  # only once it is safely stored; otherwise the text stays to retry
