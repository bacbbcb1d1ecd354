"""Typing notes in the room: text, Enter, and it is on the board and the beamer.

Department: F2 / F3 / F4 (sticks until changed) or a prefix "m: ", "s: ", "j: " for one note.
Speaker: "@" and a few letters of a name ("@pie"); their department is used unless one is given.
Action item: start with "!" ("! bel de beursleads @ruud" makes Ruud the owner).
Tab goes to the board, Esc comes back. An empty field lets Ctrl+Z undo the last change.
"""

import datetime as dt

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...model import ActionItem, Note, NoteDepartment, new_id
from ...model.board_layout import next_free_spot
from ...model.capture import find_speakers, parse
from ...model.operations import AddAction, AddNote
from ...model.types import MAX_TEXT
from ..retranslate import Retranslating
from ..room import RoomController

DEPARTMENT_KEYS = {NoteDepartment.MARKETING: "F2", NoteDepartment.SALES: "F3", NoteDepartment.JOINT: "F4"}


class CaptureBar(Retranslating, QWidget):
    to_board = Signal()

    def __init__(self, room: RoomController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room = room
        self.department = NoteDepartment.JOINT
        self.field = QLineEdit()
        self.field.setObjectName("captureField")
        self.field.setMaxLength(MAX_TEXT)
        self.field.returnPressed.connect(self.submit)
        self.field.textChanged.connect(self._update_hint)
        self.field.installEventFilter(self)
        self.hint = QLabel()
        self.hint.setObjectName("captureHint")
        self.group = QButtonGroup(self)
        self.department_buttons: dict[NoteDepartment, QPushButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field, 1)
        for department in DEPARTMENT_KEYS:
            button = QPushButton()
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, d=department: self.set_department(d))
            self.group.addButton(button)
            self.department_buttons[department] = button
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        self.set_department(self.department)
        self.retranslate()

    def retranslate(self) -> None:
        names = {NoteDepartment.MARKETING: self.tr("Marketing"), NoteDepartment.SALES: self.tr("Sales"),
                 NoteDepartment.JOINT: self.tr("Joint")}
        for department, button in self.department_buttons.items():
            button.setText(f"{names[department]} ({DEPARTMENT_KEYS[department]})")
        self.field.setPlaceholderText(self.tr("Type what is said and press Enter  ·  @name for the speaker  ·  "
                                              "m: s: j: for one note's department"))
        self._update_hint()


    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.field:
            # An empty field has no typing to undo: let Ctrl+Z / Ctrl+Y reach the session's undo.
            if event.type() == QEvent.Type.ShortcutOverride and not self.field.text():
                if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
                    event.ignore()
                    return True
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Tab:
                self.to_board.emit()
                return True
        return super().eventFilter(watched, event)

    def set_department(self, department: NoteDepartment) -> None:
        self.department = department
        self.department_buttons[department].setChecked(True)

    def _update_hint(self) -> None:
        text = self.field.text()
        participants = self.room.session.participants
        words = [w for w in text.split() if w.startswith("@") and len(w) > 1]
        if not words:
            self.hint.setText("")
            return
        matches = find_speakers(words[0][1:], participants)
        if len(matches) == 1:
            self.hint.setText(self.tr("Speaker: {0}").format(matches[0].name))
        elif matches:
            self.hint.setText(self.tr("Which one? {0}").format(", ".join(p.name for p in matches[:6])))
        else:
            self.hint.setText(self.tr("No participant matches {0}").format(words[0]))

    def submit(self) -> None:
        module = self.room.session.current_module
        line = self.field.text()
        if line.lstrip().startswith("!"):  # "! bel de beursleads @ruud": an action item, not a note
            self._add_action(line.lstrip()[1:])
            return
        captured = parse(line, self.room.session.participants)
        if not captured.text.strip():
            return
        if module is None:
            self.room.error.emit(self.tr("Start a module first: notes belong to a module's board."))
            return
        if captured.unknown_speaker:
            who = captured.unknown_speaker
            self.room.error.emit(self.tr("Who is @{0}? Type more letters of the name.").format(who))
            return
        x, y = next_free_spot(self.room.session, module.id)
        note = Note(id=new_id(), module_id=module.id, text=captured.text,
                    department=captured.department or self.department, speaker_id=captured.speaker_id,
                    x=x, y=y, created_at=dt.datetime.now(dt.UTC))
        if self.room.run(AddNote(note=note)):
            self.field.clear()  # only once it is safely stored; otherwise the text stays to retry

    def _add_action(self, line: str) -> None:
        captured = parse(line, self.room.session.participants)
        if not captured.text.strip():
            return
        if captured.unknown_speaker:
            who = captured.unknown_speaker
            self.room.error.emit(self.tr("Who is @{0}? Type more letters of the name.").format(who))
            return
        action = ActionItem(id=new_id(), what=captured.text, owner_id=captured.speaker_id,
                            module_id=self.room.session.room.current_module_id)
        if self.room.run(AddAction(action=action)):
            self.field.clear()
            self.room.error.emit(self.tr("Action item added: {0}").format(captured.text[:80]))
